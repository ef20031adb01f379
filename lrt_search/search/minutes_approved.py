"""Rule ``minutes_approved_next``: the approval of a meeting's minutes is asked of the next meeting.

A meeting's minutes are approved ("Het verslag wordt geaccordeerd met een wijziging namens VNG",
"Het verslag van de LRT van 18 december is vastgesteld.") at the next meeting, in that
meeting's minutes. A question that asks about the approval of the minutes of a day or month
that holds a meeting of the corpus ("Who asked for a change when the minutes of 3 November 2023
were approved?", "Werd het verslag van de LRT van 3 november geaccordeerd?", "at the meeting
where the 3 November 2023 report was adopted") is read as the first meeting after that one, a
one-day period; when the minutes are the last meeting's, a period holding no meeting (no
meeting after it is known), so ``no_meeting`` abstains with the true reason. Minutes of a day
that holds no meeting of the corpus ("het verslag van 15 juni") are left to the other readings
(rule day_of_dated_noun: a statement must write the day). When the next meeting of the corpus
approves the minutes of another day ("Het verslag van de LRT van 27 oktober 2023 wordt
geaccordeerd." when those of 6 April 2023 are asked), the meeting that approved them is not in
the corpus: the period becomes the days between the two, which hold no meeting, and
``no_meeting`` abstains saying so (:func:`unrecorded`, applied in
answer/understanding.understand, which can search). The words are in
lexicon/data/minutes.toml (``minutes_words``, ``approval_words``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from ..lazyre import lazy
from ..lexicon.dates import days_written
from ..lexicon.wordlists import alternation, longest_alternation, word_set, words
from ..notes import Note, note

if TYPE_CHECKING:
    from .parsed import ParsedQuestion
    from .retriever import Retriever

Period = tuple[dt.date | None, dt.date | None, str]
ReadPeriod = Callable[[str], tuple[dt.date | None, dt.date | None, str | None]]
_DAY = dt.timedelta(days=1)
_MINUTES = longest_alternation(words("minutes", "minutes_words"))
_MEET = longest_alternation(words("periods", "meeting_nouns"))
_SOURCE = frozenset(w.lower() for w in words("minutes", "minutes_source_before"))
_ARTICLES = word_set("function_words", "articles")
# "het verslag van (de LRT van) 3 november 2023", "the minutes of the 3 November 2023 meeting"
_OF = lazy(
    rf"\b(?P<noun>{_MINUTES})\s+(?:van|of)\s+(?:(?:de|the|het)\s+)?(?:{_MEET}\s+(?:van|of|on)\s+)?"
    r"(?P<ref>(?:[^\s?.,;]+\s+){0,3}[^\s?.,;]+)",
    re.I,
)
# "the 3 November 2023 report", "the April 2023 minutes": a day or a month right before the noun
_BEFORE = lazy(
    rf"\b(?P<ref>\d{{1,2}}\s+[^\W\d]+(?:\s+\d{{4}})?|[^\W\d]+\s+\d{{4}})\s+(?:{_MEET}\s+)?"
    rf"(?P<noun>{_MINUTES})\b",
    re.I,
)
_APPROVED = lazy(rf"\b{alternation('minutes', 'approval_words')}(?!\w)", re.I)
_MONTH_LONG = 31


def _source(before: str) -> bool:
    """Whether the words ``before`` the minutes make them the source ("volgens het verslag",
    "according to the minutes", "in de notulen"): then the approval is not theirs."""
    tokens = [t for t in before.lower().split() if t not in _ARTICLES]
    return bool(tokens) and (tokens[-1] in _SOURCE or " ".join(tokens[-2:]) in _SOURCE)


def _minutes_meeting(
    text: str, days: Sequence[dt.date], read_period: ReadPeriod
) -> tuple[str, dt.date] | None:
    """The words naming the minutes, and the meeting of ``days`` whose minutes they are: the
    one meeting in the day or month after "minutes of" or before "minutes", where the minutes
    are approved (a word of ``approval_words`` after them) and not the source; else None."""
    for m in [*_OF.finditer(text), *_BEFORE.finditer(text)]:
        if _source(text[: m.start()]) or not _APPROVED.search(text, m.end("noun")):
            continue
        # read as a meeting's day: a day without its year is read in the meetings' years
        since, until, what = read_period(f"de vergadering van {m.group('ref')}")
        if not what or since is None or until is None or (until - since).days > _MONTH_LONG:
            continue
        held = [d for d in days if since <= d <= until]
        if len(held) == 1:
            return m.group("ref").strip(), held[0]
    return None


def asks_approval(text: str) -> bool:
    """Whether ``text`` names minutes and a word of their approval (a cheap first test)."""
    return (bool(_APPROVED.search(text)) and any(True for _ in _OF.finditer(text))) or bool(
        _APPROVED.search(text) and _BEFORE.search(text)
    )


def find_approved(text: str, days: Sequence[dt.date], read_period: ReadPeriod) -> Period | None:
    """The meeting that approved the minutes ``text`` asks about (module docstring), as a
    one-day period ``(day, day, note)``; a period holding no meeting when the minutes are the
    last meeting's; None when ``text`` asks no approval of the minutes of a meeting of
    ``days`` (sorted). ``read_period`` reads the words naming the minutes' day or month."""
    if not days:
        return None
    found = _minutes_meeting(text, days, read_period)
    if found is None:
        return None
    _, held = found
    later = [d for d in days if d > held]
    if not later:
        return held + _DAY, None, note("minutes_approved_last", minutes=held)
    return later[0], later[0], note("minutes_approved", minutes=held, day=later[0])


_LINE = lazy(rf"\b{_MINUTES}\b", re.I)


def approves_other(lines: Iterable[str], minutes_day: dt.date) -> bool:
    """Whether one of ``lines`` (the statements of the meeting read as the approving one)
    approves the minutes of another day ("Het verslag van de LRT van 18 december is
    vastgesteld." when the minutes of 10 November are asked): then the meeting that approved
    the minutes asked about is not in the corpus."""
    asked = (minutes_day.month, minutes_day.day)
    for line in lines:
        if _LINE.search(line) and _APPROVED.search(line):
            written = days_written(line)
            if written and asked not in written:
                return True
    return False


def read_days(period: str) -> tuple[dt.date, dt.date] | None:
    """The day of the minutes and of the meeting read as approving them, from the parameters of
    the note of the period :func:`find_approved` read (code ``minutes_approved``: "minutes of
    the meeting of 2023-11-03, approved at the next meeting -> 2023-11-10"); None for any other
    period."""
    if not isinstance(period, Note) or period.code != "minutes_approved":
        return None
    return period.params["minutes"], period.params["day"]


def approved_elsewhere(retriever: Retriever, period: str) -> bool:
    """Whether the meeting the rule read as approving the minutes approves the minutes of
    another day (:func:`approves_other`, on the statements of its passages that BM25 finds
    for the minutes and their approval): see :func:`unrecorded`."""
    days = read_days(period)
    if days is None:
        return False
    query = " ".join([*words("minutes", "minutes_words"), *words("minutes", "approval_words")])
    hits = retriever.search(query.replace("*", ""), k=10, since=days[1], until=days[1])
    lines = [line for h in hits for line in h.chunk.text.splitlines()]
    return approves_other(lines, days[0])


def unrecorded(parsed: ParsedQuestion) -> ParsedQuestion:
    """``parsed`` (whose period :func:`find_approved` read) when the meeting read as approving
    the minutes approves those of another day (:func:`approved_elsewhere`): the meeting that
    approved them is not in the corpus, so the period becomes the days between the minutes'
    meeting and that next one, which hold no meeting of the corpus (``no_meeting`` says so)."""
    days = read_days(parsed.period)
    if days is None:
        return parsed
    held, next_one = days
    since, until = held + _DAY, next_one - _DAY
    what = note("minutes_unrecorded", minutes=held, next=next_one, since=since, until=until)
    return dataclasses.replace(parsed, since=since, until=until, period=what)
