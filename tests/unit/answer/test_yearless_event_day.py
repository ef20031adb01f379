"""Rules yearless_event_day and stranded_event_noun (answer/event_date.py,
answer/day_of_mention.py), read by hand-written questions and passages: a day written without its
year ("the cabinet meeting of 21 April") or after a preposition the question leaves behind ("an
introductory meeting with on 20 November 2023") is tied to its event noun; a day read in a
guessed year takes the one year the passages that write it mean."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from lrt_search.answer.day_of_mention import year_written
from lrt_search.answer.event_date import EventRules, event_dated

ON = EventRules(yearless=True, stranded=True)


@pytest.mark.parametrize(
    ("question", "english", "dated"),
    [
        ("What is planned ahead of the cabinet meeting of 21 April?", True, True),
        ("Which letter goes to the council of ministers of 21 April?", True, True),
        ("Wat is er besproken over het bestuurlijk overleg van 21 april?", False, True),
        ("Who has an introductory meeting with on 21 April?", True, True),
        ("Who has an introductory meeting with on 21 April 2025?", True, True),
        # the LRT's own meetings and a day after a verb or a body tie nothing to an event
        ("What was discussed at the LRT of 21 April?", True, False),
        ("What did the VNG say at the meeting of 21 April?", True, False),
        ("Who would the state secretary meet with on 21 April?", True, False),
        ("Wat zei de VNG op 21 april?", False, False),
        # a Dutch question leaves no preposition behind: "met op" is read as before
        ("Wie had een kennismakingsgesprek met op 21 april?", False, False),
    ],
)  # fmt: skip
def test_event_dated_with_the_rules(question: str, english: bool, dated: bool) -> None:
    assert event_dated(question, english, dt.date(2025, 4, 21), (), ON) is dated


@pytest.mark.parametrize(
    ("question", "rules"),
    [
        ("What is planned ahead of the cabinet meeting of 21 April?", EventRules(stranded=True)),
        ("Who has an introductory meeting with on 21 April 2025?", EventRules(yearless=True)),
    ],
)
def test_each_rule_off_reads_as_before(question: str, rules: EventRules) -> None:
    assert event_dated(question, True, dt.date(2025, 4, 21), (), ON)
    assert not event_dated(question, True, dt.date(2025, 4, 21), (), rules)
    assert not event_dated(question, True, dt.date(2025, 4, 21))


def test_a_day_with_another_year_written_is_not_the_yearless_day() -> None:
    question = "What is planned ahead of the cabinet meeting of 21 April 2023?"
    assert not event_dated(question, True, dt.date(2025, 4, 21), (), ON)


class _Retriever:
    """A retriever stub: every search returns the given passages (text, meeting day)."""

    def __init__(self, *passages: tuple[str, dt.date]) -> None:
        self.hits = [SimpleNamespace(chunk=SimpleNamespace(text=t, meeting_date=d))
                     for t, d in passages]  # fmt: skip

    def search(self, query: str, k: int, mode: str) -> list[SimpleNamespace]:
        return self.hits


def test_year_written_takes_the_year_the_minutes_mean() -> None:
    passage = ("- voor MR van 21 april wordt een extra LRT gepland.", dt.date(2023, 4, 6))
    retriever = _Retriever(passage)
    assert year_written(retriever, dt.date(2025, 4, 21)) == dt.date(2023, 4, 21)


def test_year_written_reads_a_year_written_with_the_day() -> None:
    retriever = _Retriever(("- besproken op 8 februari 2023 met het VB.", dt.date(2023, 4, 6)))
    assert year_written(retriever, dt.date(2025, 2, 8)) == dt.date(2023, 2, 8)


def test_year_written_none_when_unwritten_or_in_two_years() -> None:
    assert year_written(_Retriever(("- op 22 april wordt gesproken.", dt.date(2023, 4, 6))),
                        dt.date(2025, 4, 21)) is None  # fmt: skip
    two = _Retriever(("- de MR van 21 april.", dt.date(2023, 4, 6)),
                     ("- de MR van 21 april.", dt.date(2025, 3, 19)))  # fmt: skip
    assert year_written(two, dt.date(2025, 4, 21)) is None
