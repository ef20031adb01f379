"""Issue 16 session 28 task H2: a reason never names as absent an English word that the
glossary reads only as the head of two-word terms whose Dutch term the minutes write.

Rule ``glossary_head_reason``: "the target" (no modifier) was refused with "the topic 'target'
does not occur in the minutes" while the minutes write "taakstelling" throughout; the refusal
stays (reading "target" alone as taakstelling answered unanswerable questions: rule
glossary_lone_head, not kept), its reason says what is true: "“target” alone is not read as a
word of the minutes: they write “taakstelling” for “housing target”, which the question does
not name" (code ``topic_head_unread``, checked by evaluation/reason_words.head_unread)."""

from __future__ import annotations

from switched import switched

from lrt_search.evaluation.reason_truth import Minutes, false_reason
from lrt_search.service import Engine

QUESTION = "What did the IPO criticise about the quota in April 2023?"


def test_a_bare_head_is_not_named_absent(engine: Engine) -> None:
    answer = engine.ask(QUESTION)
    assert answer.abstained
    assert answer.reason_code == "topic_head_unread"
    assert answer.reason_params["words"] == ["quota"]
    assert answer.reason_params["terms"] == ["taakstelling"]
    assert "taakstelling" in answer.reason and "housing quota" in answer.reason
    assert false_reason(Minutes(engine), answer) is None


def test_off_the_word_is_named_absent_and_the_checker_finds_it_false(engine: Engine) -> None:
    off = switched(engine, glossary_head_reason=False).ask(QUESTION)
    assert off.abstained and off.reason_code == "topic_absent"
    assert off.reason_params["words"] == ["quota"]
    assert false_reason(Minutes(engine), off)


def test_a_modifier_the_minutes_lack_is_still_named(engine: Engine) -> None:
    answer = engine.ask("What did the IPO criticise about the fishing quota in April 2023?")
    assert answer.reason_code == "topic_absent"
    assert answer.reason_params["words"] == ["fishing quota"]
