"""Rule ``meeting_order``: a meeting named by its order among the meetings of the minutes.

- ordinals: "the first meeting", "de tweede LRT", "de voorlaatste vergadering", "the last
  meeting" (words in lexicon/data/periods.toml ``meeting_ordinals``; negative: from the last);
- the meeting after or before another or a period: "de vergadering na die van 6 april 2023",
  "the meeting a week after the one of 3 November 2023", "the meeting before July 2022",
  "the meeting after the last one" (``order_after``, ``order_before``).

The meeting meant is one of the minutes' own dates, read as a one-day period; an order that
points outside the minutes (no meeting after the last, before the first, no sixth of five) is
a period that holds no meeting, so the question abstains with the true reason. The note
reads "de vergadering na die van 6 april 2023 -> 2023-11-03".
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from typing import TypeVar

from ..lazyre import lazy
from ..lexicon.wordlists import longest_alternation as _alt
from ..lexicon.wordlists import mapping, words
from ..notes import note

Period = tuple[dt.date | None, dt.date | None, str]
ReadPeriod = Callable[[str], tuple[dt.date | None, dt.date | None, str | None]]
HasMeeting = Callable[[dt.date | None, dt.date | None], bool]
_DAY = dt.timedelta(days=1)
_Day = TypeVar("_Day", dt.date, int)
#: The span in which meetings are looked up (a year-less period read in the minutes' years,
#: the meetings named by their order, the days of :mod:`lrt_search.answer.unscoped_day`).
MEETING_SPAN = (dt.date(1990, 1, 1), dt.date(2050, 12, 31))


def days_between(days: Sequence[_Day], lo: _Day | None, hi: _Day | None) -> list[_Day]:
    """The days of ``days`` (sorted: dates or ordinals) in ``lo .. hi`` (None: open on that
    side), by two bisections, not a pass over them: the one span filter of the meeting days
    (:meth:`lrt_search.answer.meeting_period.MeetingCheck.days_in`, the meeting references,
    the stand-in lines)."""
    first = 0 if lo is None else bisect_left(days, lo)
    return list(days[first : len(days) if hi is None else bisect_right(days, hi)])


def meeting_years(has_meeting: Callable[[dt.date, dt.date], bool]) -> list[int]:
    """The years of :data:`MEETING_SPAN` in which a meeting was held (``has_meeting(since,
    until)``): those a year-less period is read in."""
    first, last = MEETING_SPAN[0].year, MEETING_SPAN[1].year
    return [y for y in range(first, last + 1) if has_meeting(dt.date(y, 1, 1), dt.date(y, 12, 31))]


_ORDINALS = {
    re.sub(r"[\s-]+", " ", k.lower()): v for k, v in mapping("periods", "meeting_ordinals").items()
}
_MEET = _alt(words("periods", "meeting_nouns"))
_ONE = _alt(words("periods", "order_one"))
_ORD = _alt(_ORDINALS)
_ORDINAL = lazy(rf"\b(?P<o>{_ORD})\s+(?:lrt[\s-]*)?{_MEET}\b", re.I)
# In a reference, "the one" stands for the meeting ("the meeting after the last one").
_ORDINAL_REF = lazy(rf"(?P<o>{_ORD})\s+(?:lrt[\s-]*)?(?:{_MEET}|{_ONE})\b", re.I)
_AFTER, _BEFORE = words("periods", "order_after"), words("periods", "order_before")
_RELATIVE = lazy(
    rf"\b{_MEET}\b(?:\s+[^\s?.,;]+){{0,2}}?\s+(?P<w>{_alt([*_AFTER, *_BEFORE])})\s+(?P<ref>[^?;]*)",
    re.I,
)


#: The ordinals of meetings as one alternation (longest first).
ORDINAL_WORDS = _ORD


def ordinal_of(word: str) -> int:
    """The position ``word`` of :data:`ORDINAL_WORDS` names (negative: from the last)."""
    return _ORDINALS[re.sub(r"[\s-]+", " ", word.lower())]


def has_order(text: str) -> bool:
    """Whether ``text`` names a meeting by its order (module docstring)."""
    return bool(_ORDINAL.search(text) or _RELATIVE.search(text))


def order_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of the order words of ``text`` (an ordinal with its noun, or the
    meeting noun up to the word after/before): they are no names or topic words."""
    spans = [(m.start(), m.end()) for m in _ORDINAL.finditer(text)]
    return spans + [(m.start(), m.start("ref")) for m in _RELATIVE.finditer(text)]


def meeting_days(has_meeting: HasMeeting, lo: dt.date, hi: dt.date) -> list[dt.date]:
    """The days in ``lo .. hi`` on which the minutes hold a meeting, found by halving the
    span (``has_meeting`` asked about twice per meeting per halving, not once per day), or
    listed by ``has_meeting.days_in`` when it has one (the index's meeting days:
    :class:`lrt_search.answer.meeting_period.MeetingCheck`), the same days."""
    listed = getattr(has_meeting, "days_in", None)
    if listed is not None:
        return list(listed(lo, hi))
    if lo > hi or not has_meeting(lo, hi):
        return []
    if lo == hi:
        return [lo]
    mid = lo + (hi - lo) // 2
    return meeting_days(has_meeting, lo, mid) + meeting_days(has_meeting, mid + _DAY, hi)


def nth(days: Sequence[dt.date], n: int) -> dt.date | None:
    """The ``n``-th of ``days`` (negative: from the last), None outside them."""
    index = n - 1 if n > 0 else len(days) + n
    return days[index] if 0 <= index < len(days) else None


def _outside(what: str, days: Sequence[dt.date], after: bool) -> Period:
    """A period that holds no meeting: after the last one, or before the first."""
    if after:
        return days[-1] + _DAY, None, note("order_none_after", words=what, day=days[-1])
    return None, days[0] - _DAY, note("order_none_before", words=what, day=days[0])


def _reference(
    ref: str, days: Sequence[dt.date], read_period: ReadPeriod
) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the meeting or period ``ref`` names."""
    m = _ORDINAL_REF.match(re.sub(r"^\s*(?:the|de|het)\s+", "", ref, flags=re.I))
    if m:
        day = nth(days, _ORDINALS[re.sub(r"[\s-]+", " ", m.group("o").lower())])
        return (day, day) if day else None
    since, until, what = read_period(ref)
    if not what or (since is None and until is None):
        return None
    return since or until, until or since  # type: ignore[return-value]


_REF_YEAR = lazy(r"^(?:\S+\s+){0,7}?(?:19|20)\d{2}\b", re.I)
_REF_END = lazy(rf"^(?:\S+\s+){{0,3}}?(?:{_ONE}|{_MEET})\b", re.I)


def _shown(match: str, ref_start: int) -> str:
    """The words of the order as the note shows them: up to the reference's year or noun."""
    end = _REF_YEAR.search(match[ref_start:]) or _REF_END.search(match[ref_start:])
    return (match[: ref_start + end.end()] if end else match).strip(" ?,.")


def find_order(text: str, days: Sequence[dt.date], read_period: ReadPeriod) -> Period | None:
    """The meeting ``text`` names by its order among ``days`` (sorted), as a one-day period
    ``(day, day, note)``; a period holding no meeting when the order points outside them;
    None when ``text`` names none (or ``days`` is empty). ``read_period`` reads the period
    after "after"/"before" (:func:`lrt_search.search.question_period.find_period`)."""
    if not days:
        return None
    m = _RELATIVE.search(text)
    if m:
        ref = _reference(m.group("ref"), days, read_period)
        if ref is not None:
            after = m.group("w").lower() in {w.lower() for w in _AFTER}
            what = _shown(text[m.start() : m.end()], m.start("ref") - m.start())
            hits = [d for d in days if d > ref[1]] if after else [d for d in days if d < ref[0]]
            if not hits:
                return _outside(what, days, after)
            day = hits[0] if after else hits[-1]
            return day, day, note("order", words=what, day=day)
    m = _ORDINAL.search(text)
    if not m:
        return None
    n = _ORDINALS[re.sub(r"[\s-]+", " ", m.group("o").lower())]
    meeting = nth(days, n)
    if meeting is None:
        return _outside(m.group(0), days, n > 0)
    return meeting, meeting, note("order", words=m.group(0), day=meeting)
