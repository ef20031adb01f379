"""Rule implied_topic_speaker_only (lrt_search.answer.implied_near): the check
implied_topic_quoted refuses a statement without the implied topic's specific words only when
the question asks a speaker; a question without a speaker is answered by the statement that
says it in other words, and a speaker on something else is still refused."""

from __future__ import annotations

from lrt_search.service import Engine

SIDED = "Which organisation sided with the VNG in March 2025?"


def test_a_question_without_a_speaker_is_answered_in_other_words(engine: Engine) -> None:
    answer = engine.ask(SIDED)
    assert not answer.abstained, answer.reason
    assert any("IPO sluit zich aan bij de VNG" in c.quote for c in answer.citations), answer.answer
    off = engine.with_settings(engine.settings.replace(implied_topic_speaker_only=False))
    refused = off.ask(SIDED)
    assert refused.abstained and refused.reason_code == "topic_not_quoted", refused.reason


def test_a_speaker_on_something_else_is_still_refused(engine: Engine) -> None:
    answer = engine.ask("Did VB discuss the backlog?")
    assert answer.abstained and answer.reason_code == "topic_not_quoted", answer.answer
