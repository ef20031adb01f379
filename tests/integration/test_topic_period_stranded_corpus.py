"""Rule ``topic_period_stranded`` (search/stranded_period.py) on the bundled corpus: "What did
Aedes warn about in July 2022?" is answered with Aedes' warning with the rule on; without it the
period is the topic ("juli"), which no quote holds, and the question is refused
``topic_not_quoted``. A body absent from the meeting asked the same way stays refused."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine

WARNED = "What did Aedes warn about in July 2022?"


def test_a_stranded_about_asks_what_was_said(engine: Engine) -> None:
    answer = switched(engine, topic_period_stranded=True).ask(WARNED)
    assert not answer.abstained, answer.reason
    assert any("prijsopdrijvend effect" in c.quote for c in answer.citations)


def test_without_the_rule_the_period_is_the_topic(engine: Engine) -> None:
    answer = switched(engine, topic_period_stranded=False).ask(WARNED)
    assert answer.abstained and answer.reason_code == "topic_not_quoted", answer.answer


def test_an_absent_body_stays_refused(engine: Engine) -> None:
    question = "What did the MVRO warn about at the meeting of 10 November 2023?"
    answer = switched(engine, topic_period_stranded=True).ask(question)
    assert answer.abstained, answer.answer
