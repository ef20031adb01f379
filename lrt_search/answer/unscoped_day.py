"""Rule ``unscoped_day_not_high`` (``Settings.unscoped_day_not_high``; issue 16 task E): a day
the question writes with its month ("on 9 July", "op 12 mei", "de MR van 21 april") that does
not scope the meetings searched - no meeting was held that day and the question has no word of
the meetings, so :func:`lrt_search.search.everyday.yearless` leaves it unread, or the period
read is another - is a day of what the question asks about. An answer whose quote does not
write that day (with its month) shows nothing of it: the quote may be about the topic on any
other day, so it is never labelled high. A day a meeting was held on (in some year) is not
checked: it names that meeting ("in de vergadering na die van 8 juli 2022"); nor is a day
within the period searched or a bound of it ("vóór 1 mei 2025"): the meetings of that period
are the ones quoted."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..lexicon.dates import days_written
from ..search.meeting_order import MEETING_SPAN

if TYPE_CHECKING:
    from ..results import Citation
    from .frame import Frame


def _scoped(day: tuple[int, int], since: dt.date | None, until: dt.date | None) -> bool:
    """Whether (month, day) falls within ``since`` .. ``until`` (a missing bound open), or a
    day beyond a bound ("vóór 1 mei 2025" searches up to 30 April), in one of their years."""
    if since is None and until is None:
        return False
    one = dt.timedelta(days=1)
    lo = since - one if since else dt.date.min
    hi = until + one if until else dt.date.max
    years = [d.year for d in (since, until) if d]
    for year in range(min(years), max(years) + 1):
        try:
            date = dt.date(year, *day)
        except ValueError:
            continue
        if lo <= date <= hi:
            return True
    return False


def unscoped_days(frame: Frame, c: Citation) -> list[tuple[int, int]]:
    """The days (month, day) the question writes that scope no meeting searched and that the
    quote ``c`` does not write (empty when the rule is off)."""
    if not frame.retriever.settings.unscoped_day_not_high:
        return []
    asked = days_written(frame.question)
    if not asked:
        return []
    scope, quoted = frame.scope, days_written(c.quote)
    unscoped = [d for d in asked if not _scoped(d, scope.since, scope.until) and d not in quoted]
    return [d for d in sorted(unscoped) if not _meeting_day(frame, d)]


def _meeting_day(frame: Frame, day: tuple[int, int]) -> bool:
    """Whether a meeting of the corpus was held on (month, day) in some year: the day then
    names that meeting ("in de vergadering na die van 8 juli 2022"), not what is asked."""
    lo, hi = (d.toordinal() for d in MEETING_SPAN)
    # The meeting days of the index, read once per loaded index (not looked up per citation).
    held = (dt.date.fromordinal(int(d)) for d in frame.retriever.chunks.meeting_ordinals)
    return any((d.month, d.day) == day for d in held if lo <= d.toordinal() <= hi)
