"""Rule ``unwritten_day_unheld`` (``Settings.unwritten_day_unheld``; issue 16 session 27 task
B): a day with its month and no year ("op 9 juli", "on 20 March", "de MR van 28 april") on which
no meeting of the corpus was held in any year, and that no passage of the minutes writes, is
refused with ``no_meeting`` naming the day as written and the minutes' years (as rule
``unheld_day_written`` names it) even when the question has no word of the meetings.

Before, such a day was read only with a meeting word (:func:`lrt_search.search.everyday.
yearless`); without one it was left as "the day of something the minutes tell of" (rules
``day_of_mention``, ``yearless_event_day``), and when no passage writes it no period was read
at all, so any meeting answered: "What was said about the distribution key on 9 July?" quoted
the meeting of 8 July 2022. A day the minutes write ("op 20 november", "de MR van 21 april")
stays the day of what they tell of; a day some meeting was held on is read as that meeting's.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from ..lexicon.dates import MONTHS
from ..search.everyday import day_after_noun, unheld_yearless
from ..search.meeting_order import meeting_years
from .date_written import day_point
from .meeting_period import period_has_meeting

if TYPE_CHECKING:
    from ..search.retriever import Retriever
    from .evidence import Asked

#: How many passages of a BM25 search for the day's written form are read for it.
_DEPTH = 20

#: Whether the minutes write a day: (day of the month, month) -> bool.
Writes = Callable[[int, int], bool]


def day_month(day: str) -> tuple[int, int] | None:
    """The day of the month and the month of a day as written ("9 juli", "July 9")."""
    parts = day.lower().replace(".", "").split()
    number = next((int(re.sub(r"\D", "", p)) for p in parts if p[:1].isdigit()), 0)
    month = next((MONTHS[p] for p in parts if p in MONTHS), 0)
    return (number, month) if number and month else None


def unheld_unwritten(
    question: str,
    years: Iterable[int],
    has_meeting: Callable[[dt.date, dt.date], bool],
    writes: Writes,
    noun_after: bool = True,
) -> tuple[str, str] | None:
    """The yearless day of ``question`` (its form and its day as written, as
    :func:`~lrt_search.search.everyday.unheld_yearless` finds them) when no meeting was held on
    it in any of ``years`` and ``writes`` says the minutes do not write it; None otherwise.
    ``noun_after``: rule ``day_before_meeting_noun`` ("the 18 December LRT") reads it too."""
    question = day_after_noun(question) if noun_after else question
    found = unheld_yearless(question, years, has_meeting)
    if found is None:
        return None
    read = day_month(found[1])
    if read is None or writes(*read):
        return None
    return found


def minutes_write(retriever: Retriever, years: Iterable[int]) -> Writes:
    """Whether a passage of the minutes writes a day with its month, in any of ``years``
    (:func:`~lrt_search.answer.date_written.day_point`: "9 juli", "9-7")."""

    def writes(day: int, month: int) -> bool:
        for year in years:
            try:
                point = day_point("", dt.date(year, month, day))
            except ValueError:  # 29 February of another year, 31 April
                continue
            for hit in retriever.search(point.query, k=_DEPTH, mode="bm25"):
                if point.pattern.search(hit.chunk.text):
                    return True
        return False

    return writes


def unwritten_day(asked: Asked) -> dict:
    """The parameters of the ``no_meeting`` reason (``period``: the day in the latest year,
    ``day``, ``years``) of a question that reads no period and writes a day without a year that
    holds no meeting and no passage writes (module docstring); {} else."""
    retriever = asked.retriever
    if not retriever.settings.unwritten_day_unheld or (asked.since, asked.until) != (None, None):
        return {}

    def meets(since: dt.date, until: dt.date) -> bool:
        return period_has_meeting(retriever, since, until)

    years = meeting_years(meets)
    writes, after = minutes_write(retriever, years), retriever.settings.day_before_meeting_noun
    found = unheld_unwritten(asked.question, years, meets, writes, after)
    read = day_month(found[1]) if found else None
    if found is None or read is None or not years:
        return {}
    try:
        latest = dt.date(years[-1], read[1], read[0])
    except ValueError:
        return {}
    return {"period": latest.isoformat(), "day": found[1], "years": [str(y) for y in years]}
