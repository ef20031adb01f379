"""Rule ``unheld_day_written`` (``Settings.unheld_day_written``; issue 16 task E, session 19):
a day with its month and no year, asked as a meeting's ("the LRT of 18 December", "de
vergadering van 2 juni"), on which no meeting of the corpus was held in any year, is read in
the latest year (:func:`lrt_search.search.everyday.yearless`) and refused with ``no_meeting``;
the reason names the day as the question writes it and the years of the minutes ("no meeting
on 18 December in any year (2022, 2023, 2025)"), not the guessed year ("on 2025-12-18")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..lexicon.dates import MONTHS
from ..search.everyday import day_after_noun, unheld_yearless
from ..search.meeting_order import meeting_years
from .meeting_period import period_has_meeting

if TYPE_CHECKING:
    from .evidence import Asked


def unheld_day(asked: Asked) -> dict:
    """The parameters ``day`` and ``years`` of a ``no_meeting`` reason whose period is a day
    the question writes without a year, held as no meeting's day in any year; {} else."""
    retriever = asked.retriever
    if not retriever.settings.unheld_day_written:
        return {}

    def meets(since: dt.date, until: dt.date) -> bool:
        return period_has_meeting(retriever, since, until)

    years = meeting_years(meets)
    question = asked.question
    if retriever.settings.day_before_meeting_noun:  # "the 18 December LRT"
        question = day_after_noun(question)
    found = unheld_yearless(question, years, meets)
    if found is None or not asked.reading.period.startswith(found[0]):
        return {}
    return {"day": found[1], "years": [str(y) for y in years]}


def held_on(days: Iterable[dt.date], day: str) -> list[dt.date]:
    """The ``days`` (meeting days) that fall on ``day`` ("18 December", "June 2") in any year."""
    parts = day.lower().split()
    number = next((int(re.sub(r"\D", "", p)) for p in parts if p[:1].isdigit()), 0)
    month = next((MONTHS[p] for p in parts if p in MONTHS), 0)
    return sorted(d for d in days if (d.month, d.day) == (month, number))
