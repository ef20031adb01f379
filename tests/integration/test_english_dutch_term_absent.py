"""Issue 16 task E3, rule ``english_dutch_term_absent``: an English question that names its
topic by a Dutch term the minutes never write ("huurtoeslag", "energietoeslag") is refused with
``topic_absent``; without the rule the Dutch word stayed unchecked and the question was
answered about its other words. A Dutch term the minutes write is still answered with it."""

from __future__ import annotations

import pytest
from switched import switched

from lrt_search.answer.dutch_term import reads_dutch
from lrt_search.service import Engine


@pytest.mark.parametrize(
    "question",
    [
        "What did the LRT say about the huurtoeslag for statushouders?",
    ],
)
def test_an_absent_dutch_term_is_refused(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "topic_absent", answer.answer
    off = switched(engine, english_dutch_term_absent=False).ask(question)
    assert not off.abstained  # the rule alone refuses it


def test_a_written_dutch_term_is_answered(engine: Engine) -> None:
    answer = engine.ask("What are the opstartwoningen for, according to SPenI?")
    assert not answer.abstained, answer.reason
    assert "opstartwoningen" in answer.citations[0].quote


def test_reads_dutch() -> None:
    assert reads_dutch("huurtoeslag") and reads_dutch("oranje")
    assert reads_dutch("energietoeslag")  # energie + toeslag, known to neither language
    assert not reads_dutch("average") and not reads_dutch("permit")
    # words of both languages, and an English compound of words Dutch borrowed
    assert not reads_dutch("land") and not reads_dutch("interim")
    assert not reads_dutch("throughflow")
    assert not reads_dutch("xqzvbnmk") and not reads_dutch("covid-19")
