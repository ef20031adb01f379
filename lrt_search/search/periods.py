"""Periods in questions and in ``--since`` / ``--until``: one grammar for both.

Understood (Dutch and English):

- ranges: "tussen april en november 2023", "between April and November 2023",
  "van 2022 tot 2025", "from 2022 to 2025", "between 2022 and 2024";
- halves, after "in"/"during": "in de eerste helft van 2023", "in the second half of 2023";
- seasons, likewise: "in het voorjaar/de lente van 2023" (March-May), "zomer/summer"
  (June-August), "najaar/herfst/autumn/fall" (September-November), "winter 2023" (December
  2023 - February 2024);
- lists of years: "in 2022 en 2023", "in 2022 or 2023" (first to last);
- before/after/since a year, month or day: "vóór 2025", "before March 2025", "na november
  2023", "sinds april 2023", "since 8 July 2022".

:func:`find_range` returns ``(since, until, description)`` or ``None``; the simpler day / month
/ year forms stay with :func:`lrt_search.search.question_period.find_period`, which calls this
first. :func:`period_bound` is the day an option takes of a period in this grammar; the option
values themselves are read in :mod:`lrt_search.search.option_dates`, which reads the question's
date forms first and stands above this module (this module imports no date reader).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..lazyre import lazy
from ..lexicon.dates import ENGLISH_ORDINAL, MONTH_WORDS, MONTHS, SHORT_ORDINAL, find_date
from ..lexicon.wordlists import alternation, longest_alternation, mapping, word_set, words

_M = MONTH_WORDS
_Y = r"(?:19|20)\d{2}"
_DAY = (
    rf"\d{{1,2}}{SHORT_ORDINAL}?\s+(?:of\s+)?(?:{_M})\.?,?\s+{_Y}"
    rf"|(?:{_M})\.?\s+\d{{1,2}}{ENGLISH_ORDINAL}?,?\s+{_Y}"
)
# A point in time: a day, a month with its year, a month alone (year given later), a year.
_POINT = rf"(?:{_DAY}|(?:{_M})\.?(?:\s+{_Y})?|{_Y})"
_RANGE = lazy(
    rf"\b(?:tussen|between|van(?:af)?|from)\s+(?P<a>{_POINT})\s+(?:en|and|tot(?:\s+en\s+met)?|"
    rf"to|until|till|through|-)\s+(?P<b>{_POINT})(?![\w-])",
    re.I,
)
# A half or a season is the meeting period only after "in"/"during" ("de taakstelling voor de
# tweede helft van 2025" names the period of a target, not of the meeting).
_IN = rf"\b{alternation('periods', 'during')}\s+(?:(?:the|de|het)\s+)?"
#: The ordinal words of a part of a year ("eerste", "1e", "fourth": [ordinals] of periods.toml).
PERIOD_ORDINALS = {k.lower(): v for k, v in mapping("periods", "ordinals").items()}
#: The ordinal words of a half ("eerste", "1e", "second": those up to 2).
HALF_ORDINALS = {k: v for k, v in PERIOD_ORDINALS.items() if v <= 2}
#: "(?:eerste|1e|...)\s+(?:half|helft|jaarhelft)": a half of a year, without its year.
HALF_WORDS = (
    rf"(?P<which>{longest_alternation(HALF_ORDINALS)})\s+"
    rf"{longest_alternation(words('periods', 'half_nouns'))}"
)
_HALF = lazy(
    _IN + HALF_WORDS + r"(?:\s+(?:of|van))?\s+"
    rf"(?:the\s+year\s+|het\s+jaar\s+)?(?P<y>{_Y})\b",
    re.I,
    needs_digit=True,
)
#: Season word (lower case) -> its first and last month ([seasons] of periods.toml).
SEASONS: dict[str, tuple[int, int]] = {
    s.lower(): (m[0], m[1]) for s, m in mapping("periods", "seasons").items()
}
_SEASON = lazy(
    _IN + rf"(?P<s>{'|'.join(SEASONS)})(?:\s+(?:of|van))?\s+(?P<y>{_Y})\b",
    re.I,
    needs_digit=True,
)
_YEARS = lazy(
    rf"\b(?P<a>{_Y})(?:\s*,\s*{_Y})*\s+(?:en|and|or|of)\s+(?P<b>{_Y})\b", re.I, needs_digit=True
)
_RELATIVE_WORDS = [
    w for kind in ("before", "until", "after", "since") for w in words("periods", kind)
]
_RELATIVE = lazy(
    # Not the Dutch "voor" without accent: "de taakstelling voor 2023" means "for 2023".
    rf"\b(?P<w>{'|'.join(_RELATIVE_WORDS)})\s+"
    rf"(?P<p>{_DAY}|(?:{_M})\.?\s+{_Y}|{_Y})(?![\w-])",
    re.I,
    needs_digit=True,
)
_NEXT, _AFTER = ("|".join(words("periods", kind)) for kind in ("next", "after"))
_NEXT_AFTER = lazy(
    rf"\b(?:{_NEXT})\b[^?.!;]{{0,40}}?\b(?:{_AFTER})\s+"
    rf"(?P<p>{_DAY}|(?:{_M})\.?\s+{_Y}|{_Y})(?![\w-])",
    re.I,
    needs_digit=True,
)


def next_after(text: str) -> tuple[dt.date, dt.date] | None:
    """The period of "the next <something> after <period>" ("the next LRT after March 2025",
    "de volgende LRT na maart 2025"): the first and last day of that period; else None."""
    m = _NEXT_AFTER.search(text)
    return _point(m.group("p")) if m else None


def month_end(year: int, month: int) -> dt.date:
    """The last day of ``month`` of ``year``."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _point(text: str, year_hint: int | None = None) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a day, "month year", a month (with ``year_hint``) or a year."""
    text = text.strip().rstrip(".,")
    day = find_date(text) if re.search(r"\d{1,2}\D+\d{4}|\d{4}-\d{2}-\d{2}", text) else None
    first = text.split()[0] if text.split() else ""
    if day and re.search(r"\d", first) and (len(text.split()) >= 3 or "-" in text):
        return day, day
    parts = text.replace(".", "").split()
    month = MONTHS.get(parts[0].lower()) if parts else None
    # "March 3, 2025", "Nov 3rd, 2023"
    if (
        month
        and len(parts) == 3
        and re.fullmatch(rf"\d{{1,2}}{ENGLISH_ORDINAL}?,?", parts[1], re.I)
    ):
        day = find_date(text)
        return (day, day) if day else None
    if month:
        year = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else year_hint
        if year is None:
            return None
        return dt.date(year, month, 1), month_end(year, month)
    if re.fullmatch(_Y, text):
        year = int(text)
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if day:
        return day, day
    return None


def _last_year(text: str) -> int | None:
    years = re.findall(_Y, text)
    return int(years[-1]) if years else None


def find_range(text: str) -> tuple[dt.date | None, dt.date | None, str] | None:
    """A range, half, season, list of years or before/after/since period in ``text``."""
    m = _RANGE.search(text)
    if m:
        hint = _last_year(m.group(0))
        a, b = _point(m.group("a"), hint), _point(m.group("b"), hint)
        if a and b and a[0] <= b[1]:
            return a[0], b[1], f"{a[0].isoformat()} to {b[1].isoformat()}"
    m = _HALF.search(text)
    if m:
        year = int(m.group("y"))
        first = HALF_ORDINALS[m.group("which").lower()] == 1
        since = dt.date(year, 1 if first else 7, 1)
        until = dt.date(year, 6, 30) if first else dt.date(year, 12, 31)
        return since, until, f"{since.isoformat()} to {until.isoformat()}"
    m = _SEASON.search(text)
    if m:
        year = int(m.group("y"))
        start, end = SEASONS[m.group("s").lower()]
        since = dt.date(year, start, 1)
        until = month_end(year + 1 if end < start else year, end)
        return since, until, f"{m.group('s').lower()} {year}: {since} to {until}"
    m = _YEARS.search(text)
    if m:
        years = sorted(int(y) for y in re.findall(_Y, m.group(0)))
        since, until = dt.date(years[0], 1, 1), dt.date(years[-1], 12, 31)
        return since, until, f"{since.isoformat()} to {until.isoformat()}"
    m = _RELATIVE.search(text)
    if m:
        point = _point(m.group("p"))
        if point:
            word = m.group("w").lower()
            if word in word_set("periods", "before"):
                until = point[0] - dt.timedelta(days=1)
                return None, until, f"before {point[0].isoformat()}"
            if word in word_set("periods", "until"):
                return None, point[1], f"until {point[1].isoformat()}"
            if word in word_set("periods", "after"):
                since = point[1] + dt.timedelta(days=1)
                return since, None, f"after {point[1].isoformat()}"
            return point[0], None, f"since {point[0].isoformat()}"
    return None


def period_bound(text: str, option: str) -> dt.date | None:
    """The day ``--since`` (``option`` "since": the first) or ``--until`` (the last) takes of
    the period ``text`` names in this module's grammar: a range, half or season ("najaar 2023"
    alone too), a day, "april 2023", a year; None when it names none ("July 8" names no year).
    An ISO day that does not exist ("2023-02-30") is a ValueError. The option values' reader,
    which reads the question's date forms first, is :mod:`lrt_search.search.option_dates`."""
    found = find_range(text) or find_range("in " + text)  # "najaar 2023" alone
    if found and (found[0] or found[1]):
        since, until, _ = found
        chosen = since if option == "since" else until
        if chosen is not None:
            return chosen
    point = _point(text)
    if point is not None and point[0].year < 1900:  # "July 8": no year
        point = None
    if point is None:
        day = dt.date.fromisoformat(text) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else None
        day = day or find_date(text)
        if day is None:
            return None
        point = (day, day)
    return point[0] if option == "since" else point[1]


_HALF_YEAR = lazy(rf"\b(?P<y>{_Y})-(?P<h>II|I)(?![\w-])", re.I, needs_digit=True)
_POINTS = lazy(rf"(?<![\w-])(?:{_POINT})(?![\w-])", re.I)
_BARE_MONTH = lazy(r"\s+(?:en|and|tot|to|-)\s", re.I)


def point_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of the points in time :func:`period_points` reads: half-years, days,
    months with their year, years."""
    halves = [m.span() for m in _HALF_YEAR.finditer(text)]
    masked = _HALF_YEAR.sub(lambda m: " " * len(m.group(0)), text)
    return halves + [m.span() for m in _POINTS.finditer(masked)]


def period_points(text: str) -> list[tuple[str, dt.date, dt.date]]:
    """Every point in time ``text`` names, in its order, as (words, first day, last day): a
    half-year ("2024-II"), a day, a month with its year (a month alone takes the next year
    named: "tussen april en november 2023"), a year. Repeats are dropped."""
    found: list[tuple[int, str, tuple[dt.date, dt.date] | None]] = []
    for m in _HALF_YEAR.finditer(text):
        year, second = int(m.group("y")), m.group("h").upper() == "II"
        span: tuple[dt.date, dt.date] | None = (
            (dt.date(year, 7, 1), dt.date(year, 12, 31))
            if second
            else (dt.date(year, 1, 1), dt.date(year, 6, 30))
        )
        found.append((m.start(), m.group(0), span))
    masked = _HALF_YEAR.sub(lambda m: " " * len(m.group(0)), text)
    for m in _POINTS.finditer(masked):
        if not re.search(r"\d", m.group(0)) and not _BARE_MONTH.match(masked, m.end()):
            continue  # a month alone only before "en/and/tot/to" ("may" is a verb too)
        hint = _last_year(masked[m.start() :])
        found.append((m.start(), m.group(0), _point(m.group(0), hint)))
    out: list[tuple[str, dt.date, dt.date]] = []
    for _, words_, point in sorted(found, key=lambda f: f[0]):
        if point is not None and all(point != (a, b) for _, a, b in out):
            out.append((words_.strip(), point[0], point[1]))
    return out
