"""Rule ``location_kinds_named`` on the bundled corpus (off by default): "which alternative
locations" is answered by the minutes' kinds of location ("hotels en vakantieparken") with the
rule on, and refused with ``no_member`` (a true reason) with it off."""

from __future__ import annotations

from switched import switched

from lrt_search.evaluation.reason_truth import Minutes, false_reason
from lrt_search.service import Engine

QUESTION = "Welke alternatieve locaties worden volgens MBZK geïnventariseerd?"


def test_kinds_of_location_answer_with_the_rule_on(engine: Engine) -> None:
    answer = switched(engine, location_kinds_named=True).ask(QUESTION)
    assert not answer.abstained, answer.reason
    assert any("hotels en vakantieparken" in c.quote for c in answer.citations)


def test_without_the_rule_no_place_is_named(engine: Engine) -> None:
    answer = switched(engine, location_kinds_named=False).ask(QUESTION)
    assert answer.abstained and answer.reason_code == "no_member", answer.answer
    assert false_reason(Minutes(engine), answer) is None
