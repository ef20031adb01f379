"""Issue 16 task E, rule ``unscoped_day_not_high``: a day the question writes with its month
that scopes no meeting searched (no meeting that day, no word of the meetings: the day is left
unread) is a day of what is asked; an answer whose quote does not write that day is never
labelled high. A quote that writes the day keeps its label, and so does a day of the period
searched."""

from __future__ import annotations

import datetime as dt

import pytest
from switched import switched

from lrt_search.answer.unscoped_day import _scoped
from lrt_search.lexicon.dates import days_written
from lrt_search.service import Engine


@pytest.mark.parametrize(
    "question",
    [
        "What was said about the distribution key on 9 July?",
        "Wat is er op 4 november gezegd over registraties?",
    ],
)
def test_an_answer_without_the_unscoped_day_is_not_high(engine: Engine, question: str) -> None:
    # rule unwritten_day_unheld (session 27) refuses these days no line writes: switched off here
    engine = switched(engine, unwritten_day_unheld=False)
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert answer.filters.get("since") is None  # the day scopes no meeting
    assert answer.confidence_label != "high", answer.confidence
    # the rule alone caps it: without it the same answer is labelled high
    off = switched(engine, unscoped_day_not_high=False).ask(question)
    assert off.confidence_label == "high", off.confidence
    assert [c.quote for c in off.citations] == [c.quote for c in answer.citations]


def test_a_quote_that_writes_the_day_is_unchanged(engine: Engine) -> None:
    question = "Wat gebeurt er op 12 mei met de AMvB voor de Spreidingswet?"
    answer = engine.ask(question)
    assert not answer.abstained and "12 mei" in answer.citations[0].quote
    off = switched(engine, unscoped_day_not_high=False).ask(question)
    assert off.confidence == answer.confidence


def test_days_written_and_scoped() -> None:
    assert days_written("on 9 July, op 12 mei 2023 and May 3rd") == {(7, 9), (5, 12), (5, 3)}
    assert days_written("in 2023, 40 mei, agendapunt 3") == set()
    assert _scoped((11, 3), dt.date(2023, 11, 3), dt.date(2023, 11, 3))
    assert _scoped((5, 1), None, dt.date(2025, 4, 30))  # "vóór 1 mei 2025": a bound
    assert not _scoped((7, 9), None, None)
    assert not _scoped((7, 9), dt.date(2023, 11, 1), dt.date(2023, 11, 30))
