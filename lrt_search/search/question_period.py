"""The period a question names in a day, a month, a year or a half year ("op 8 juli 2022",
"in april 2023", "sinds 2022", "de tweede helft van 2025"); ranges, seasons and before/after
come first from :func:`lrt_search.search.periods.find_range`.
"""

from __future__ import annotations

import datetime as dt
import re

from ..lazyre import lazy
from ..lexicon.dates import ENGLISH_ORDINAL, MONTH_WORDS, MONTHS, SHORT_ORDINAL, find_date
from ..lexicon.wordlists import word_set, words
from .periods import HALF_ORDINALS, HALF_WORDS, find_range, month_end

_MONTH_RE = MONTH_WORDS
_DAY_MONTH_YEAR = lazy(
    rf"\b\d{{1,2}}{SHORT_ORDINAL}?\s+(?:of\s+)?(?:{_MONTH_RE})\.?,?\s+\d{{4}}\b"
    rf"|\b(?:{_MONTH_RE})\.?\s+\d{{1,2}}{ENGLISH_ORDINAL}?,?\s+\d{{4}}\b"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}-\d{1,2}-\d{4}\b",
    re.I,
    needs_digit=True,
)
_MONTH_YEAR = lazy(rf"\b({_MONTH_RE})\.?\s+((?:19|20)\d{{2}})\b(?!-)", re.I, needs_digit=True)
# A year, after a word of periods.toml ("in 2023", "sinds 2022") or alone.
_PERIOD_WORDS = "|".join(
    w for kind in ("during", "since", "after", "before", "until") for w in words("periods", kind)
)
_YEAR = lazy(
    rf"\b({_PERIOD_WORDS})?\s*(?:(?:heel|geheel|het\s+hele\s+jaar|het\s+jaar|the\s+whole\s+of|"
    r"the\s+whole\s+year|all\s+of|the\s+year)\s+)?((?:19|20)\d{2})\b(?![-\d])",
    re.I,
    needs_digit=True,
)


def _month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), month_end(year, month)


def find_period(question: str) -> tuple[dt.date | None, dt.date | None, str | None]:
    """The period a question names: a range, half, season, list of years or before/after/since
    a point (:func:`lrt_search.search.periods.find_range`); else a day, a month, a year."""
    ranged = find_range(question)
    if ranged is not None:
        return ranged
    days = [d for m in _DAY_MONTH_YEAR.finditer(question) if (d := find_date(m.group(0)))]
    if days:
        return min(days), max(days), "on " + ", ".join(d.isoformat() for d in sorted(days))
    months = [
        _month_range(int(m.group(2)), MONTHS[m.group(1).lower()])
        for m in _MONTH_YEAR.finditer(question)
    ]
    if months:
        since, until = min(r[0] for r in months), max(r[1] for r in months)
        return since, until, f"{since.isoformat()} to {until.isoformat()}"
    for m in _YEAR.finditer(question):
        word = (m.group(1) or "").lower()
        year = int(m.group(2))
        if word in word_set("periods", "since"):
            return dt.date(year, 1, 1), None, f"since {year}"
        if word in word_set("periods", "after"):
            return dt.date(year + 1, 1, 1), None, f"after {year}"
        if word in word_set("periods", "before") | word_set("periods", "until"):
            return None, dt.date(year - 1, 12, 31), f"before {year}"
        if word:
            return dt.date(year, 1, 1), dt.date(year, 12, 31), f"in {year}"
    return None, None, None


_HALF = lazy(
    rf"\b{HALF_WORDS}(?:\s+(?:of|van))?\s+"
    r"(?:the\s+year\s+|het\s+jaar\s+)?(?P<y>(?:19|20)\d{2})\b",
    re.I,
    needs_digit=True,
)


def half_years(question: str) -> list[str]:
    """ "the second half of 2025" / "de tweede helft van 2025" -> ["2025-II"]."""
    out = []
    for m in _HALF.finditer(question):
        first = HALF_ORDINALS[m.group("which").lower()] == 1
        out.append(f"{m.group('y')}-{'I' if first else 'II'}")
    return out
