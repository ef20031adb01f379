"""Rule ``claim_tails_read`` (search/claim_frame.py, session 29 task F) on the bundled corpus: a
claim before a learner's tail question ("..., toch?", "..., why?") is read as its full frame;
a false premise before a why tail is refused for the premise; switched off, it is read as
written."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine

TRUE = "De taakstelling voor 2025-II werd op 13.000 gezet, of niet?"
GOLD = "De taakstelling voor 2025-II wordt op 13.000 gezet."
PROMISE = (
    "In november 2023 beloofde het COA elke gemeente een bonus van 5.000 euro per "
    "statushouder, waarom is dat niet gebeurd?"
)


def test_a_true_claim_with_a_tail_is_answered_with_its_line(engine: Engine) -> None:
    answer = engine.ask(TRUE)
    assert not answer.abstained, answer.reason
    assert any(GOLD in c.quote for c in answer.citations)
    assert "claim frame, not the question: , of niet" in answer.notes


def test_a_false_premise_before_a_why_tail_is_refused(engine: Engine) -> None:
    answer = engine.ask(PROMISE)
    assert answer.abstained
    assert answer.reason_code == "premise_unsupported", answer.reason


def test_off_the_tail_question_is_read_as_written(engine: Engine) -> None:
    answer = switched(engine, claim_tails_read=False).ask(PROMISE)
    assert answer.reason_code != "premise_unsupported"
    assert not any("claim frame" in n for n in answer.notes)
