"""answer.records: "what was agreed/decided about X" quotes the register's records first (an
Afspraak, Besluit or Actie, a decision in words); with none among the candidates it answers
with the discussion under the note "no record" (rule decision_no_record, which abstained
instead, was deleted in session 16: docs/settings.md) - unless no record of the period holds X
either: rule record_holds_topic (session 22) then abstains with reason record_other_topic."""

from __future__ import annotations

import pytest
from switched import switched

from lrt_search.service import Engine


def test_a_decision_question_without_a_decision_is_answered_with_a_note(engine: Engine) -> None:
    question = "Wat is er besloten over de opstartwoningen?"
    answer = switched(engine, record_holds_topic="other").ask(question)
    assert not answer.abstained, answer.reason
    assert any(n.startswith("no record: ") for n in answer.notes), answer.notes
    # rule record_holds_topic "any" (the default): no record of the minutes is about it
    assert engine.ask(question).reason_code == "record_other_topic"


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        (  # a decision only in words
            "Wat werd er op 19 maart 2025 besloten over de taakstelling 2025-II?",
            "Er wordt ingestemd met de taakstelling.",
        ),
        (  # "vastgesteld" in words
            "What was decided about the housing target for the second half of 2022?",
            "De taakstelling voor 2022-II is vastgesteld op 13.500.",
        ),
    ],
)
def test_a_recorded_decision_is_quoted(engine: Engine, question: str, quote: str) -> None:
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any(quote in c.quote for c in answer.citations), [c.quote for c in answer.citations]
    assert not any(n.startswith("no record: ") for n in answer.notes), answer.notes
