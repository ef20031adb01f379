"""Rule ``topic_year_written``: a topic period's year is written by its meeting. A question
that dates its topic with a day or a month and its year ("What had the Lower House planned
for the end of May 2023?", "het perspectief na 1 juli 2025") requires the year of a quote
(:func:`lrt_search.answer.understanding._period_of_topic`), but the minutes write a plan's day or
month without it ("Eind mei heeft de Tweede Kamer ... gepland", "na 1 juli"): the meeting's
date says which year. A statement that writes the question's day or month without a year
holds that year when the year is the one its meeting means (a day or month from 75 days
before to 290 days after the meeting, as rule ``date_written_topic`` reads a yearless day).
"""

from __future__ import annotations

import datetime as dt
import re

from .date_written import Written, day_with_month, month_names, written_points, years_meant
from .frame import Frame


def year_points(frame: Frame) -> list[Written]:
    """The days and months of the question whose year is a required year of its topic
    period; none with the rule off or without a topic year."""
    if not frame.retriever.settings.topic_year_written:
        return []
    years = {t for t in frame.period_terms if t.isdigit() and len(t) == 4}
    if not years:
        return []
    points = written_points(frame.question, frame.retriever.settings.ordinal_forms_everywhere)
    return [p for p in points if str(p.span[0].year) in years]


def _yearless(point: Written) -> re.Pattern[str]:
    """The point's day and month, or month, written without a year."""
    first = point.span[0]
    months = month_names(first.month)
    if point.day is not None:
        return re.compile(day_with_month(first.day, months) + r"(?!\.?,?\s+(?:19|20)\d{2})", re.I)
    return re.compile(rf"\b(?:{months})\b(?!\.?,?\s+(?:19|20)\d{{2}})", re.I)


def implied_years(points: list[Written], text: str, meeting: dt.date) -> str:
    """The years (space-separated) ``text`` of the minutes of ``meeting`` writes by a day or
    month of ``points`` without its year; "" when none."""
    out = {
        str(p.span[0].year)
        for p in points
        if _yearless(p).search(text) and p.span[0].year in years_meant(p.span[0], meeting)
    }
    return " ".join(sorted(out))
