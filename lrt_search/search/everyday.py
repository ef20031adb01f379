"""Rule ``everyday_periods``: periods written the everyday way, words in lexicon/data/periods.toml.

- holidays: "kerst 2023", "Christmas 2023", "Pasen 2024", "de zomervakantie van 2022";
- parts of a year or month: "begin 2023", "medio 2023", "mid-2023", "late 2023", "eind maart
  2025", "the end of March 2025" (a year: January-April, May-August, September-December; a
  month: days 1-10, 11-20, 21 to its end);
- quarters and halves: "Q3 2023", "het derde kwartaal van 2023", "the third quarter of 2023",
  "H2 2023";
- weeks (ISO, Monday to Sunday): "week 45 van 2023", "de week van 6 november 2023";
- without a year (:func:`yearless`): a holiday ("Pasen", "de zomervakantie"), a day after
  "op"/"on" or a word of the meetings ("op 10 november", "de vergadering van 18 december"),
  "de week van 6 november": read in each year of the minutes; the years whose period holds a
  meeting are the period (two: from the first to the last); none: the latest year, which
  holds no meeting either.

Relative periods ("vorig jaar", "last year") are not read: the minutes have no "now" (a
question may be asked years after the latest meeting), so they stay a note of what was not
understood (:mod:`lrt_search.search.unread`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable

from dateutil.easter import easter as dateutil_easter

from ..lazyre import lazy
from ..lexicon.dates import MONTH_WORDS, MONTHS, SHORT_ORDINAL
from ..lexicon.wordlists import longest_alternation as _alt
from ..lexicon.wordlists import mapping, words
from .meeting_order import order_spans
from .periods import PERIOD_ORDINALS, month_end

Period = tuple[dt.date, dt.date, str]
_M = MONTH_WORDS
_Y = r"(?:19|20)\d{2}"


_HOLIDAYS = {k.lower(): v for k, v in mapping("periods", "holidays").items()}
_MOVABLE = {k.lower(): v for k, v in mapping("periods", "movable").items()}
_PARTS = {k.lower(): v for k, v in mapping("periods", "parts").items()}
_ORD = PERIOD_ORDINALS
_FEAST = _alt([*_HOLIDAYS, *_MOVABLE])
_QN = _alt(words("periods", "quarter_nouns"))
_OF = r"(?:\s+(?:van|of|in))?"
_HOLIDAY = lazy(rf"\b(?P<h>{_FEAST}){_OF}\s+(?P<y>{_Y})\b", re.I, needs_digit=True)
_PART = lazy(
    rf"\b(?P<p>{_alt(_PARTS)})[\s-]+(?:(?P<m>{_M})\.?\s+)?(?P<y>{_Y})\b", re.I, needs_digit=True
)
_QUARTER = lazy(
    rf"\b(?:Q(?P<q>[1-4])|(?P<o>{_alt(_ORD)})\s+{_QN}|kwartaal\s+(?P<n>[1-4]))"
    rf"{_OF}\s+(?P<y>{_Y})\b|\b(?P<y2>{_Y})[\s-]?Q(?P<q2>[1-4])\b",
    re.I,
    needs_digit=True,
)
_H = lazy(rf"\bH(?P<h>[12])\s+(?P<y>{_Y})\b", 0, needs_digit=True)
_WEEK_WORD = _alt(words("periods", "week"))
_WEEK_NUMBER = lazy(
    rf"\b{_WEEK_WORD}\s+(?P<w>\d{{1,2}}){_OF}\s+(?P<y>{_Y})\b", re.I, needs_digit=True
)
_DM = rf"(?:(?P<d>\d{{1,2}}){SHORT_ORDINAL}?\s+(?P<m>{_M})|(?P<m2>{_M})\s+(?P<d2>\d{{1,2}}))\b"
_WEEK_OF = lazy(
    rf"\b{_WEEK_WORD}\s+(?:van|of)\s+(?:the\s+)?{_DM}(?:,?\s+(?P<y>{_Y}))?", re.I, needs_digit=True
)
_BEFORE_DAY = _alt([*words("periods", "day_before")])
_MEETING = _alt(words("periods", "meeting_nouns"))
_DAY_NO_YEAR = lazy(
    rf"(?:\b{_BEFORE_DAY}|\b{_MEETING}\s+(?:van|of|on|op))\s+(?:the\s+)?{_DM}(?!\.?,?\s*\d)",
    re.I,
    needs_digit=True,
)
# Rule day_before_meeting_noun: "the 18 December LRT", "de 2 juni vergadering", "the July 8
# meeting" (a day without a year between an article and a meeting noun).
_DAY_BEFORE_NOUN = lazy(
    rf"\b(?P<art>the|de|het)\s+(?P<day>{_DM})\s+(?P<noun>{_MEETING})\b", re.I, needs_digit=True
)
# "before the end of 2023", "tot eind 2023": a bound of a target, not the meeting's period.
_BOUND = [w for kind in ("before", "until", "after", "since") for w in words("periods", kind)]
_BOUND_BEFORE = lazy(rf"\b{_alt(_BOUND)}\s+(?:(?:the|de|het)\s+)?$", re.I)
_HOLIDAY_NO_YEAR = lazy(
    rf"\b{_alt(words('periods', 'holiday_before'))}\s+(?:(?:de|het|the)\s+)?(?P<h>{_FEAST})\b"
    rf"(?!{_OF}\s+{_Y})",
    re.I,
)


def easter(year: int) -> dt.date:
    """Easter Sunday of ``year`` (Western, Gregorian; python-dateutil's computus)."""
    return dateutil_easter(year)


def holiday(name: str, year: int) -> tuple[dt.date, dt.date]:
    """The first and last day of holiday ``name`` (a word of periods.toml) in ``year``."""
    key = re.sub(r"[\s-]+", " ", name.lower())
    if key in _MOVABLE:
        first, last = _MOVABLE[key]
        sunday = easter(year)
        return sunday + dt.timedelta(days=first), sunday + dt.timedelta(days=last)
    m1, d1, m2, d2 = _HOLIDAYS[key]
    return dt.date(year, m1, d1), dt.date(year + 1 if m2 < m1 else year, m2, d2)


def _week(year: int, week: int) -> tuple[dt.date, dt.date] | None:
    try:
        monday = dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    return monday, monday + dt.timedelta(days=6)


def _day(m: re.Match[str], year: int) -> dt.date | None:
    day, month = m.group("d") or m.group("d2"), m.group("m") or m.group("m2")
    try:
        return dt.date(year, MONTHS[month.lower().rstrip(".")], int(day))
    except ValueError:
        return None


def _label(what: str, since: dt.date, until: dt.date) -> Period:
    return since, until, f"{what}: {since.isoformat()} to {until.isoformat()}"


def _part(m: re.Match[str]) -> Period:
    part, year = _PARTS[re.sub(r"[\s-]+", " ", m.group("p").lower())], int(m.group("y"))
    if m.group("m"):
        month = MONTHS[m.group("m").lower()]
        first, last = mapping("periods", "part_days")[part]
        end = month_end(year, month)
        since, until = dt.date(year, month, first), end.replace(day=min(last, end.day))
    else:
        first, last = mapping("periods", "part_months")[part]
        since, until = dt.date(year, first, 1), month_end(year, last)
    return _label(m.group(0).strip(), since, until)


def _quarter(m: re.Match[str]) -> Period:
    q = m.group("q") or m.group("n") or m.group("q2") or _ORD[m.group("o").lower()]
    year = int(m.group("y") or m.group("y2"))
    since = dt.date(year, 3 * int(q) - 2, 1)
    return _label(m.group(0).strip(), since, month_end(year, 3 * int(q)))


def find_everyday(text: str) -> Period | None:
    """The first everyday period with its year in ``text`` (module docstring), as ``(since,
    until, description)``; else None."""
    for pattern, read in (
        (_HOLIDAY, lambda m: _label(m.group(0), *holiday(m.group("h"), int(m.group("y"))))),
        (_QUARTER, _quarter),
        (_H, lambda m: _label(m.group(0), *_half(int(m.group("y")), m.group("h") == "1"))),
        (_PART, _part),
        (_WEEK_NUMBER, lambda m: _weeknum(m)),
        (_WEEK_OF, lambda m: _week_of(m, int(m.group("y"))) if m.group("y") else None),
    ):
        m = pattern.search(text)
        found = read(m) if m and not _BOUND_BEFORE.search(text, 0, m.start()) else None
        if found:
            return found
    return None


def _half(year: int, first: bool) -> tuple[dt.date, dt.date]:
    return (dt.date(year, 1, 1), dt.date(year, 6, 30)) if first else (
        dt.date(year, 7, 1), dt.date(year, 12, 31))  # fmt: skip


def _weeknum(m: re.Match[str]) -> Period | None:
    week = _week(int(m.group("y")), int(m.group("w")))
    return _label(m.group(0), *week) if week else None


def _week_of(m: re.Match[str], year: int) -> Period | None:
    day = _day(m, year)
    week = _week(*day.isocalendar()[:2]) if day else None
    return _label(m.group(0), *week) if week else None


def _yearless_reader(text: str) -> tuple[str, Callable[[int], tuple[dt.date, dt.date] | None]]:
    """The first year-less form of ``text`` and how to read it in a year; ("", ...) for none."""
    m = _WEEK_OF.search(text)
    if m and not m.group("y"):
        return m.group(0), lambda y: (lambda p: p[:2] if p else None)(_week_of(m, y))
    m = _DAY_NO_YEAR.search(text)
    if m:
        return m.group(0), lambda y: (lambda d: (d, d) if d else None)(_day(m, y))
    m = _HOLIDAY_NO_YEAR.search(text)
    if m:
        return m.group(0), lambda y: holiday(m.group("h"), y)
    return "", lambda y: None


def day_after_noun(text: str) -> str:
    """Rule ``day_before_meeting_noun``: ``text`` with a day without a year before a meeting
    noun written after it ("the 18 December LRT" -> "the LRT of 18 December", "de 2 juni
    vergadering" -> "de vergadering van 2 juni"), as :func:`yearless` reads a meeting's day."""
    m = _DAY_BEFORE_NOUN.search(text)
    if m is None or _DAY_NO_YEAR.search(text):
        return text
    link = "of" if m.group("art").lower() == "the" else "van"
    moved = f"{m.group('art')} {m.group('noun')} {link} {m.group('day')}"
    return text[: m.start()] + moved + text[m.end() :]


def has_yearless(text: str) -> bool:
    """Whether ``text`` holds a holiday, day or week without a year (:func:`yearless`)."""
    return bool(_yearless_reader(text)[0])


#: The reading of a period without a year that holds no meeting in any year of the minutes.
UNHELD = "no meeting in any of these years"


def yearless(
    text: str,
    years: Iterable[int],
    has_meeting: Callable[[dt.date, dt.date], bool],
    meeting_words: bool = True,
) -> Period | None:
    """A holiday, day or week of ``text`` without a year, read in ``years`` (those of the
    minutes): the years whose period holds a meeting (first to last), else, when the question
    has ``meeting_words`` ("besproken", "vergadering"), the latest year, labelled
    :data:`UNHELD`. Without them a day no meeting was held on is the day of something the
    minutes tell of ("Met wie gaat de staatssecretaris op 20 november praten?"), not read."""
    what, read = _yearless_reader(text)
    if not what:
        return None
    periods = [p for p in (read(y) for y in sorted(years)) if p]
    held = [p for p in periods if has_meeting(*p)]
    chosen = held or (periods[-1:] if meeting_words else [])
    if not chosen:
        return None
    since, until = chosen[0][0], chosen[-1][1]
    tried = ", ".join(str(p[0].year) for p in periods)
    # Held in no year: the label says so, as the no_meeting reason does, not the year guessed.
    reading = f"{since} to {until}" if held else UNHELD
    return since, until, f"{what.strip()} ({tried}): {reading}"


def unheld_yearless(
    text: str, years: Iterable[int], has_meeting: Callable[[dt.date, dt.date], bool]
) -> tuple[str, str] | None:
    """Rule ``unheld_day_written``: the form of ``text`` without a year (as :func:`yearless`
    finds it) and its day as written ("18 December") when it holds no meeting in any of
    ``years`` (those of the minutes); None when it holds one, or has no day (a holiday)."""
    what, read = _yearless_reader(text)
    periods = [p for p in (read(y) for y in sorted(years)) if p] if what else []
    if not periods or any(has_meeting(*p) for p in periods):
        return None
    day = re.search(_DM, what, re.I)
    return (what.strip(), day.group(0)) if day else None


def part_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of every quarter, half ("H2 2023") and part of a year or month
    ("begin 2023", "eind maart 2025") of ``text`` (rule ``period_phrase_spans``)."""
    return [(m.start(), m.end()) for p in (_QUARTER, _H, _PART) for m in p.finditer(text)]


def everyday_spans(text: str, without_year: bool = True) -> list[tuple[int, int]]:
    """The character spans of every everyday period of ``text`` with a year, and with
    ``without_year`` those without one too."""
    patterns = [_HOLIDAY, _QUARTER, _H, _PART, _WEEK_NUMBER, _WEEK_OF]
    if without_year:
        patterns += [_DAY_NO_YEAR, _HOLIDAY_NO_YEAR]
    spans = [(m.start(), m.end()) for p in patterns for m in p.finditer(text)]
    return spans + order_spans(text)  # rule meeting_order: its words are no names or topic
