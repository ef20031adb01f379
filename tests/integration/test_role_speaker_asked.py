"""Rule role_speaker_asked: "the minister" (any minister: no one organisation) asked as the
speaker makes rule implied_topic_speaker_only treat the question as asking a speaker, so the
check implied_topic_quoted refuses a statement lacking the implied topic's words."""

from __future__ import annotations

from lrt_search.service import Engine

MORATORIUM = (
    "What did the minister say would happen to the moratorium if the country policy stays the same?"
)


def test_the_minister_asked_keeps_the_implied_topic_check(engine: Engine) -> None:
    answer = engine.ask(MORATORIUM)
    assert not answer.abstained, answer.reason
    assert "vertrekmoratorium" in answer.citations[0].quote, answer.citations[0].quote


def test_without_the_rule_the_attendance_line_is_quoted_first(engine: Engine) -> None:
    off = engine.with_settings(engine.settings.replace(role_speaker_asked=False))
    answer = off.ask(MORATORIUM)
    assert answer.citations and "vertrekmoratorium" not in answer.citations[0].quote
