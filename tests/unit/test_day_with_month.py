"""Issue 16 item 7: one pattern of a day with its month (``date_written.day_with_month``) for
``day_point`` and ``topic_year``'s year-less day, each the same pattern as before."""

from __future__ import annotations

import datetime as dt

from lrt_search.answer.date_written import Written, day_point, month_names
from lrt_search.answer.topic_year import _yearless


def test_the_patterns_are_those_written_out_before() -> None:
    for day in (dt.date(2024, 1, 1), dt.date(2023, 7, 9), dt.date(2025, 12, 31)):
        months = month_names(day.month)
        year = rf"(?:,?\s+(?P<y>{day.year})\b)?(?!,?\s+(?:19|20)\d{{2}})"
        numeric = rf"(?<![\d.,/-])0?{day.day}[-/]0?{day.month}"
        before = (
            rf"(?:\b0?{day.day}\s+(?:{months})\b\.?|\b(?:{months})\.?\s+0?{day.day}\b){year}"
            rf"|{numeric}[-/](?P<n>{day.year})\b|{numeric}(?![\d.,/-])"
        )
        point = day_point("words", day)
        assert point.pattern.pattern == before
        yearless = (
            rf"(?:\b0?{day.day}\s+(?:{months})\b|\b(?:{months})\s+0?{day.day}\b)"
            r"(?!\.?,?\s+(?:19|20)\d{2})"
        )
        assert _yearless(point).pattern == yearless
        assert isinstance(point, Written)
