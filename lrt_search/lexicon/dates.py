"""Dutch and English dates and times as they are written in minutes and questions."""

from __future__ import annotations

import datetime as dt
import re

from ..lazyre import lazy

MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "feb": 2, "february": 2,
    "maart": 3, "mrt": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "augustus": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
#: Every month word of :data:`MONTHS` as one alternation, the longest first ("september|sept|sep").
MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))


#: The suffixes of an ordinal in digits, Dutch ("3e", "3de", "21ste") and English ("1st", "2nd",
#: "3rd", "4th"): the one place they are written; the three patterns below are made of them.
DUTCH_ORDINAL_SUFFIXES = ("ste", "de", "e")
ENGLISH_ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")


def _one_of(forms: tuple[str, ...]) -> str:
    return "(?:" + "|".join(forms) + ")"


#: Any suffix of an ordinal in digits, the longest first ("3e", "3de", "21ste", "3rd").
ORDINAL_SUFFIX = _one_of(
    tuple(sorted(DUTCH_ORDINAL_SUFFIXES + ENGLISH_ORDINAL_SUFFIXES, key=len, reverse=True))
)
#: The English suffixes alone: a day after its month ("May 1st"), which Dutch does not write.
ENGLISH_ORDINAL = _one_of(ENGLISH_ORDINAL_SUFFIXES)
#: The short Dutch "e" and the English suffixes ("1e mei", "1st of May"): what most patterns of a
#: day before its month read; not "1ste mei", "2de juni", which :data:`ORDINAL_SUFFIX` reads
#: (search/date_forms.py) - kept apart, since reading them there too would change readings.
SHORT_ORDINAL = _one_of(DUTCH_ORDINAL_SUFFIXES[-1:] + ENGLISH_ORDINAL_SUFFIXES)
#: The long Dutch suffixes alone ("1ste", "2de"): what rule ``ordinal_forms_everywhere``
#: (search/date_forms.py) writes as "1e", "2e" before a part of a year ("het 2de kwartaal").
LONG_ORDINAL = _one_of(DUTCH_ORDINAL_SUFFIXES[:-1])


def day_month(
    day: str, month: str, tail: str = "", order: str = "both", ordinals: bool = True,
    dot: str = r"\.?", end: str = "",
) -> str:  # fmt: skip
    """The one pattern of a day written with its month, itself group-free (``day``, ``month``
    and ``tail`` are the caller's and may hold groups): the day first ("1 januari", with
    ``ordinals`` "1st of May") for ``order`` "day", the month first ("May 1", "May 1st") for
    "month", either for "both"; ``end`` after the last word of either (``\\b``), then
    ``tail`` (a year); ``dot`` after the month.
    Read by :data:`_WRITTEN`, :func:`day_with_month` and search/date_roles.py."""
    before, after = (rf"{SHORT_ORDINAL}?\s+(?:of\s+)?", f"{ENGLISH_ORDINAL}?")
    before, after = (before, after) if ordinals else (r"\s+", "")
    first = rf"\b{day}{before}{month}{end}{dot}{tail}"
    second = rf"\b{month}{dot}\s+{day}{after}{end}{tail}"
    return {"day": first, "month": second}.get(order, f"(?:{first}|{second})")


_YEAR_GROUP = r",?\s+(\d{4})\b"
_WRITTEN = lazy(
    day_month(r"(\d{1,2})", f"({MONTH_WORDS})", _YEAR_GROUP, "day"), re.I, needs_digit=True
)
_WRITTEN_EN = lazy(
    day_month(r"(\d{1,2})", f"({MONTH_WORDS})", _YEAR_GROUP, "month"), re.I, needs_digit=True
)
_NUMERIC = lazy(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b", needs_digit=True)
_ISO = lazy(r"\b(\d{4})-(\d{2})-(\d{2})\b", needs_digit=True)
#: A clock time, hours and minutes as groups ("9.15", "14:00").
CLOCK_TIME = r"([01]?\d|2[0-3])[:.]([0-5]\d)"
_TIME = lazy(rf"\b{CLOCK_TIME}\b", needs_digit=True)


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_date(text: str) -> dt.date | None:
    """The first valid date written in ``text`` ("3 november 2023", "2023-11-03", "3-11-2023")."""
    candidates: list[tuple[int, dt.date]] = []
    for m in _ISO.finditer(text):
        d = _make(int(m[1]), int(m[2]), int(m[3]))
        if d:
            candidates.append((m.start(), d))
    for m in _WRITTEN.finditer(text):
        d = _make(int(m[3]), MONTHS[m[2].lower()], int(m[1]))
        if d:
            candidates.append((m.start(), d))
    for m in _WRITTEN_EN.finditer(text):
        d = _make(int(m[3]), MONTHS[m[1].lower()], int(m[2]))
        if d:
            candidates.append((m.start(), d))
    for m in _NUMERIC.finditer(text):
        d = _make(int(m[3]), int(m[2]), int(m[1]))
        if d:
            candidates.append((m.start(), d))
    return min(candidates, key=lambda c: c[0])[1] if candidates else None


def iso_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of the ISO days of ``text`` ("2023-11-03") that are days."""
    return [m.span() for m in _ISO.finditer(text) if _make(int(m[1]), int(m[2]), int(m[3]))]


def looks_like_date(text: str) -> bool:
    """Whether ``text`` tries to write a date (a month name or a d-m-yyyy pattern)."""
    return bool(
        re.search(rf"\b({MONTH_WORDS})\b", text, re.I) or _NUMERIC.search(text) or _ISO.search(text)
    )


def find_time(text: str) -> str | None:
    """The first clock time in ``text`` as ``HH:MM`` ("9.15 uur" -> "09:15")."""
    m = _TIME.search(text)
    return f"{int(m[1]):02d}:{m[2]}" if m else None


#: A date filter as callers give it: a date, an ISO or written date string, or nothing.
DateLike = dt.date | str | None


def as_date(value: DateLike, option: str) -> dt.date | None:
    """``value`` as a date (None for no filter); a string that is no date is a QueryError
    naming the option (``--since: not a date: ...``)."""
    from ..errors import QueryError

    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return parse_date_arg(str(value))
    except ValueError as exc:
        raise QueryError(f"--{option}: {exc}") from None


def parse_date_arg(value: str) -> dt.date:
    """Parse a user-given date (ISO, "3 november 2023", "3-11-2023"); raise ValueError if not."""
    value = value.strip()
    d = find_date(value)
    if d is None:
        raise ValueError(f"not a date: {value!r} (use YYYY-MM-DD)")
    return d


_LONGEST = {n: max(len(k) for k, v in MONTHS.items() if v == n) for n in set(MONTHS.values())}
# a month written in full ("mei", "juni", "November"), not abbreviated ("nov", "mrt", "sept")
_FULL_RE = "|".join(sorted((k for k, n in MONTHS.items() if len(k) > 4 or len(k) == _LONGEST[n]),
                           key=len, reverse=True))  # fmt: skip
_DAY_MONTH = lazy(
    rf"\b(\d{{1,2}}){SHORT_ORDINAL}?\s+({MONTH_WORDS})\b|\b({_FULL_RE})\s+(\d{{1,2}})"
    rf"{ENGLISH_ORDINAL}?\b(?!\s*\d)",
    re.I,
    needs_digit=True,
)


def days_written(text: str) -> set[tuple[int, int]]:
    """Every day of ``text`` written as a day with its month ("12 mei", "May 12", "12 mei 2023"),
    as (month, day), whatever its year; a month written first must be written in full ("nov 23"
    is November 2023)."""
    found = set()
    for m in _DAY_MONTH.finditer(text):
        day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        if 1 <= int(day) <= 31:
            found.add((MONTHS[month.lower()], int(day)))
    return found


def month_names(month: int) -> str:
    """A regular-expression alternation of the month's names, longest first."""
    names = sorted((m for m, n in MONTHS.items() if n == month), key=len, reverse=True)
    return "|".join(re.escape(n) for n in names)


def day_with_month(day: int, months: str, dot: bool = False) -> str:
    """A day with its month either way round ("9 juli", "July 9", a leading zero allowed), the
    month by one of ``months`` (an alternation, :func:`month_names`); with ``dot`` a dot may
    follow the month ("9 jul.", "Jul. 9"). The one pattern of a day and month, with or
    without its year (:func:`lrt_search.answer.date_written.day_point`,
    :func:`lrt_search.answer.topic_year.implied_years`)."""
    dotted = r"\.?" if dot else ""
    return day_month(f"0?{day}", f"(?:{months})", ordinals=False, dot=dotted, end=r"\b")


def month_name(month: int, english: bool = False) -> str:
    """The full name of ``month`` (1..12), Dutch ("november") or English ("November")."""
    import calendar

    return (
        calendar.month_name[month] if english else next(k for k, n in MONTHS.items() if n == month)
    )
