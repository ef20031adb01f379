"""Rule ``person_present`` (answer/person_present.py): a person named as the speaker of a
dated question must be on an attendee list of the meetings it dates; else abstain with
``not_listed``. Switched off, the question is answered from the person's organisation."""

from __future__ import annotations

import pytest
from switched import switched

from lrt_search.service import Engine


@pytest.mark.parametrize(
    "question",
    [
        "What did Lamers say on 3 November 2023 about the housing corporations?",  # Kip was there
        "What did Van der Burg say on 3 November 2023 about the housing target?",  # replaced
    ],
)
def test_a_person_on_no_list_of_the_period_abstains(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "not_listed", answer.reason
    off = switched(engine, person_present=False).ask(question)
    assert off.reason_code != "not_listed"


@pytest.mark.parametrize(
    "question",
    [
        "Wat vroeg Kolff op 10 november 2023 over de Tijdelijke wet Oekraïne?",  # on the list
        "What did Kip say about the allocation percentage?",  # no period: not checked
    ],
)
def test_a_person_present_or_undated_is_not_refused(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.reason_code != "not_listed", answer.reason
