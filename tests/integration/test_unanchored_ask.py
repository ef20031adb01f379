"""Questions that nothing but their content nouns anchors, on the bundled corpus (issue 16 task
H2, session 22): the topic inside a timeline frame is read (rule frame_gap_topic), so a noun of
it that the minutes lack is reported as not understood and the answer is never "high" (rule
unanchored_noun_absent, which refused it naming the noun, was tried and deleted)."""

from __future__ import annotations

from lrt_search.service import Engine


def test_a_timeline_topic_the_minutes_lack_is_reported_not_understood(engine: Engine) -> None:
    answer = engine.ask("How did the situation at the harbour evolve?")
    assert any("harbour" in u["text"] for u in answer.unread), answer.unread
    assert answer.abstained or answer.confidence_label != "high"


def test_a_timeline_topic_the_minutes_hold_is_answered(engine: Engine) -> None:
    answer = engine.ask("How did the situation in Ter Apel evolve?")
    assert not answer.abstained, answer.reason
    assert any("De situatie in Ter Apel is" in c.quote for c in answer.citations)
