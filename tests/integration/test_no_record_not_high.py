"""Issue 16 task G, rule ``no_record_not_high``: a question asking what was agreed or decided
whose candidate statements record no decision (no Afspraak, Besluit or Actie, no decision in
words; the answer's note "no record") is never answered "high": the discussion it quotes is
not the decision asked for. A decision question answered by a record keeps its label. (These
questions abstain under rule record_holds_topic "any", the default since session 22: no record
of the minutes is about their topic; they are asked with it at "other", which answers them.)"""

from __future__ import annotations

import pytest
from switched import switched

from lrt_search.service import Engine


@pytest.mark.parametrize(
    "question",
    [
        "Wat is er besloten over de opstartwoningen?",
        "Wat is er besloten over de LVV?",
        "What did the LRT decide about the departure moratorium for Syria?",
    ],
)
def test_a_decision_question_without_a_record_is_not_high(engine: Engine, question: str) -> None:
    answer = switched(engine, record_holds_topic="other").ask(question)
    assert not answer.abstained, answer.reason
    assert any(n.startswith("no record: ") for n in answer.notes), answer.notes
    assert answer.confidence_label != "high", answer.confidence
    # the rule alone caps it: without it the same answer is labelled high
    off = switched(engine, no_record_not_high=False, record_holds_topic="other").ask(question)
    assert off.confidence_label == "high", off.confidence
    assert [c.quote for c in off.citations] == [c.quote for c in answer.citations]


def test_a_decision_question_answered_by_a_record_is_unchanged(engine: Engine) -> None:
    question = "Wat is er afgesproken over crisishulpverlening?"
    answer = engine.ask(question)
    assert not answer.abstained and not any(n.startswith("no record") for n in answer.notes)
    off = switched(engine, no_record_not_high=False).ask(question)
    assert off.confidence == answer.confidence
