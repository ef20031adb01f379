"""Rule ``duration_count_read`` (answer/durations.py ``counted_unit``, rule property_tied) on the
bundled corpus: a question that counts a unit of time asks a length in it; where no statement of
the topic states one it is refused ``no_length`` with a true reason (switched off, any number of
the topic answered it as a count); a length in the unit, or one a step from it, answers."""

from __future__ import annotations

import pytest
from switched import switched

from lrt_search.evaluation.reason_minutes import Minutes
from lrt_search.evaluation.reason_truth import false_reason
from lrt_search.service import Engine


@pytest.mark.parametrize(
    "question",
    [
        # "De taakstelling van 2025-I bijgesteld van 17.700 naar 15.000": numbers, no length
        "how long do status holders wait for a home in 2025, how many months?",
        # only "langer dan 1 uur" (hours: three steps from years) states a length there
        "How long will the throughflow locations stay open, how many years?",
    ],
)
def test_a_unit_counted_without_a_length_abstains(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "no_length", answer.reason
    assert false_reason(Minutes(engine), answer) is None
    assert not switched(engine, duration_count_read=False).ask(question).abstained


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        (
            "Met hoeveel jaar wordt de EU tijdelijke richtlijn voor Oekraïense ontheemden naar "
            "verwachting verlengd?",
            "met een jaar wordt verlengd",
        ),
        (
            "How many years had the members been in crisis mode, according to the meeting of 10 "
            "November 2023?",
            "ruim twee jaar",
        ),
    ],
)
def test_a_length_in_the_unit_is_answered(engine: Engine, question: str, quote: str) -> None:
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any(quote in c.quote for c in answer.citations)
