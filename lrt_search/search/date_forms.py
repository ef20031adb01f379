"""Rule ``date_forms_read``: a date written in a form the period readers do not read is
written again in one they read, before the question is read (after rule ``date_words_read``).

The forms (tests/data/date_forms.toml, written by eval/make_date_forms.py, lists every form
people write and the reading it must have):

- a day in digits, day before month, with "-", "/" or "." and a year of four or two digits
  ("3/11/2023", "3.11.2023", "3-11-23", "03.11.23") -> "3 november 2023" (English questions:
  "3 November 2023"), so the bound readers read it too ("sinds 3-11-2023");
- a month in digits with its year after a period word ("in 11/2023", "sinds 03-2025");
- a day and month in digits after a day's lead word ("op 3-11", "on 3/11", "de vergadering van
  3/11"), not before a word of ``date_not_after`` ("op 3/4 van de locaties", "op 1-2 dagen");
- an ordinal day in digits ("de 3e november", "the 3rd of November", "Nov 3rd") -> "3
  november", "Nov 3";
- a weekday before a day ("op vrijdag 3 nov", "on Friday, November 3rd"): dropped;
- a meeting noun right before a day without its year ("de LRT 3 nov") -> "de LRT van 3 nov";
- "half" before a month or year ("half juli 2022", "half 2023") -> "medio" (not after an
  ordinal: "de eerste half 2023").

With rule ``ordinal_forms_everywhere`` (tests/data/ordinal_forms.toml, eval/make_ordinal_forms.py)
first: the long Dutch suffix of a quarter or half with its year ("het 2de kwartaal van 2023",
"de 1ste jaarhelft 2023") -> "2e", "1e", as [ordinals] of periods.toml reads them; the article of
an ordinal day after a bound or lead word ("sinds de 3de november 2023", "since the 1st of
November 2023", "de week van de 6de april", "de LRT van de 19de maart") dropped, since the
bound readers read none (it was read as the day itself).

Not read, by decision: a day without its year after any other word ("brieven 10 nov",
"verslag 15 juni": the day of that thing, b13-049, b5-004), periods relative to now, numbers
that are no date. Each reading is named in the answer's notes ("date: 3/11/2023 -> 3 november
2023").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ..index.analysis import is_english
from ..lazyre import lazy
from ..lexicon.dates import (
    ENGLISH_ORDINAL,
    LONG_ORDINAL,
    MONTH_WORDS,
    ORDINAL_SUFFIX,
    iso_spans,
    month_name,
)
from ..lexicon.wordlists import longest_alternation, words
from .periods import HALF_ORDINALS

_EDGE = r"(?![\w/-]|[.,:]\d)"
_M = MONTH_WORDS
_SFX = ORDINAL_SUFFIX
_LEADS = longest_alternation(
    w for kind in ("during", "since", "after", "before", "until", "around")
    for w in words("periods", kind)
)  # fmt: skip
_NOUNS = longest_alternation(words("periods", "meeting_nouns"))
_DAY_LEADS = (
    rf"(?:{longest_alternation(words('periods', 'day_before'))}|{_NOUNS}\s+(?:van|of|op|on))"
)
_NOT_AFTER = longest_alternation(words("periods", "date_not_after"))
_WEEKDAYS = longest_alternation(
    [*words("periods", "weekdays"), *words("periods", "weekday_abbreviations")]
)
_NUMERIC_DAY = lazy(
    r"(?<![\w.,/:-])(?P<d>\d{1,2})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<y>(?:19|20)\d{2}|\d{2})"
    + _EDGE,
    needs_digit=True,
)
_NUMERIC_MONTH = lazy(
    rf"\b(?P<lead>{_LEADS})\s+(?P<m>0?[1-9]|1[0-2])(?P<s>[-/])(?P<y>(?:19|20)\d{{2}})" + _EDGE,
    re.I,
    needs_digit=True,
)
_NUMERIC_YEARLESS = lazy(
    rf"\b(?P<lead>{_DAY_LEADS})\s+(?P<d>\d{{1,2}})(?P<s>[-/])(?P<m>\d{{1,2}}){_EDGE}"
    rf"(?!\.?\s*\d|\s+{_NOT_AFTER}\b)",
    re.I,
    needs_digit=True,
)
_ORDINAL_FIRST = lazy(
    rf"\b(?P<art>(?:the|de)\s+)?(?P<d>\d{{1,2}}){_SFX}\s+(?:(?:of|van)\s+)?(?P<m>{_M})\b",
    re.I,
    needs_digit=True,
)
_ORDINAL_AFTER = lazy(
    rf"\b(?P<m>{_M})\.?,?\s+(?:the\s+)?(?P<d>\d{{1,2}}){ENGLISH_ORDINAL}\b", re.I, needs_digit=True
)
_WEEKDAY = lazy(
    rf"\b(?P<w>{_WEEKDAYS})\b\.?,?\s+(?P<day>(?:the\s+)?\d{{1,2}}(?:{_SFX})?\s+(?:of\s+)?(?:{_M})\b"
    rf"|(?:{_M})\.?\s+\d{{1,2}}\b)",
    re.I,
    needs_digit=True,
)
_NOUN_DAY = lazy(
    rf"\b(?P<n>{_NOUNS})\s+(?P<day>\d{{1,2}}\s+(?:{_M})\b)(?!\.?,?\s*\d)", re.I, needs_digit=True
)
_SHORT_YEAR = lazy(r"(?<![\w'’‘])['’‘](?P<y>\d{2})(?![\w'’‘]|[.,]\d)", needs_digit=True)
_JOINED_PART = lazy(r"\b(?P<p>Q[1-4]|H[12])[-/](?P<y>(?:19|20)\d{2})\b", needs_digit=True)
_DASHED_MONTH = lazy(
    rf"(?<![\w-])(?P<d>\d{{1,2}})-(?P<m>{_M})\.?(?:-(?P<y>(?:19|20)?\d{{2}}))?(?![\w-])",
    re.I,
    needs_digit=True,
)
_HALF = lazy(
    rf"\b(?P<o>(?:{longest_alternation(HALF_ORDINALS)})\s+)?"
    rf"(?P<h>{longest_alternation(words('periods', 'date_half'))})\s+"
    rf"(?=(?:{_M})\.?\s+(?:19|20)\d{{2}}\b|(?:19|20)\d{{2}}\b)",
    re.I,
)


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _numeric_day(m: re.Match[str], english: bool) -> str | None:
    """A numeric day; with dots and a two-digit year only "03.11.23" ("artikel 2.3.10" is none)."""
    if m["s"] == "." and len(m["y"]) == 2 and (len(m["d"]) < 2 or len(m["m"]) < 2):
        return None
    year = int(m["y"]) if len(m["y"]) == 4 else 2000 + int(m["y"])
    day = _day(year, int(m["m"]), int(m["d"]))
    return f"{day.day} {month_name(day.month, english)} {year}" if day else None


def _numeric_month(m: re.Match[str], english: bool) -> str:
    return f"{m['lead']} {month_name(int(m['m']), english)} {m['y']}"


def _numeric_yearless(m: re.Match[str], english: bool) -> str | None:
    day = _day(2024, int(m["m"]), int(m["d"]))  # a leap year: 29/2 is a day
    return f"{m['lead']} {day.day} {month_name(day.month, english)}" if day else None


def _ordinal_first(m: re.Match[str], english: bool) -> str:
    art = m["art"] or ""
    before = m.string[: m.start()].rstrip().lower()
    keep = art and not (art.lower().startswith("de") and before.endswith(("op", "on")))
    return f"{art if keep else ''}{int(m['d'])} {m['m']}"


def _short_year(m: re.Match[str], english: bool) -> str:
    """ "'23" -> "2023", "'98" -> "1998"."""
    return f"{20 if int(m['y']) <= 50 else 19}{m['y']}"


def _dashed_month(m: re.Match[str], english: bool) -> str:
    year = m["y"] or ""
    year = (
        f" {20 if int(year) <= 50 else 19}{year}" if len(year) == 2 else f" {year}" if year else ""
    )
    return f"{int(m['d'])} {m['m']}{year}"


_YEAR_ONLY = lazy(r"(?:19|20)\d{2}")
_Rewrite = Callable[[re.Match[str], bool], str | None]
_REWRITES: tuple[tuple[re.Pattern[str], _Rewrite], ...] = (
    (_SHORT_YEAR, _short_year),
    (_JOINED_PART, lambda m, en: f"{m['p']} {m['y']}"),
    (_DASHED_MONTH, _dashed_month),
    (_NUMERIC_DAY, _numeric_day),
    (_NUMERIC_MONTH, _numeric_month),
    (_NUMERIC_YEARLESS, _numeric_yearless),
    (_ORDINAL_FIRST, _ordinal_first),
    (_ORDINAL_AFTER, lambda m, en: f"{m['m']} {int(m['d'])}"),
    (_WEEKDAY, lambda m, en: m["day"]),
    (_NOUN_DAY, lambda m, en: f"{m['n']} {'of' if en else 'van'} {m['day']}"),
    (_HALF, lambda m, en: None if m["o"] else "medio "),
)


# Rule ordinal_forms_everywhere: the long Dutch suffix of a part of a year with its year ("het
# 2de kwartaal van 2023", "de 1ste helft 2023": [ordinals] of periods.toml reads "1e".."4e"), and
# the article of an ordinal day after a bound or a lead word ("sinds de 3de november 2023", "since
# the 3rd of November", "de week van de 3de november", "de LRT van de 3de november": the bound
# readers read no article).
_PART_NOUNS = longest_alternation(
    [*words("periods", "half_nouns"), *words("periods", "quarter_nouns")]
)
_LONG_PART = lazy(
    rf"\b(?P<n>[1-4]){LONG_ORDINAL}\s+(?P<noun>{_PART_NOUNS})\b"
    r"(?=(?:\s+(?:van|of))?\s+(?:het\s+jaar\s+|the\s+year\s+)?(?:19|20)\d{2}\b)",
    re.I,
    needs_digit=True,
)
_ARTICLE_LEADS = longest_alternation(
    w for kind in ("since", "after", "before", "until") for w in words("periods", kind)
)
# Only where no reader reads the article: after a bound either article; after "week van" or a
# meeting noun the Dutch "de" only (everyday.py reads "the week of the 3 November", "the meeting
# of the 3 November").
_ARTICLE_DAY = lazy(
    rf"\b(?P<lead>{_ARTICLE_LEADS}\s+(?:the|de)|(?:{longest_alternation(words('periods', 'week'))}"
    rf"|{_NOUNS})\s+van\s+de)\s+(?P<day>\d{{1,2}}{_SFX}\s+(?:of\s+)?(?:{_M})\b)",
    re.I,
    needs_digit=True,
)
_ORDINAL_REWRITES: tuple[tuple[re.Pattern[str], _Rewrite], ...] = (
    (_LONG_PART, lambda m, en: f"{m['n']}e {m['noun']}"),
    (_ARTICLE_DAY, lambda m, en: f"{m['lead'].rsplit(maxsplit=1)[0]} {m['day']}"),
)


def read_date_forms(text: str, ordinals: bool = False) -> tuple[str, list[str]]:
    """``text`` with every date form of the module's doc written as the period readers read
    it, and the notes of the readings ("date: 3/11/2023 -> 3 november 2023"). With
    ``ordinals`` (rule ``ordinal_forms_everywhere``) an ordinal's long Dutch suffix before a
    part of a year ("2de kwartaal" -> "2e kwartaal") and the article of an ordinal day after a
    bound or lead word ("sinds de 3de november" -> "sinds 3 november") first."""
    english, notes = is_english(text), []
    for pattern, rewrite in (_ORDINAL_REWRITES if ordinals else ()) + _REWRITES:
        out, last = [], 0
        for m in pattern.finditer(text):
            new = rewrite(m, english)
            if new is None:
                continue
            out += [text[last : m.start()], new]
            notes.append(f"date: {m.group(0).strip()} -> {new.strip()}")
            last = m.end()
        text = "".join(out) + text[last:]
    return text, notes


def date_spans(text: str, ordinals: bool = False) -> list[tuple[int, int]]:
    """The character spans of ``text`` that write a date or a period, as the one date reader
    reads them: every form :func:`read_date_forms` rewrites ("8-7-2022", "3/11/2023", "op 8/7",
    "8e juli", "'22"), every point in time the period readers read (a day, a month with its
    year, a half-year "2024-II": :func:`~.periods.period_points`; not a year alone: "2000
    opvangplekken" may count, rule count_not_year), ISO days and every everyday period
    (quarters "Q2 2023", halves, parts, weeks, a day without a year). Rule
    ``claim_numbers_undated`` reads a claim's numbers outside them."""
    from .everyday import everyday_spans
    from .periods import point_spans

    english = is_english(text)
    spans = [
        m.span()
        for pattern, rewrite in (_ORDINAL_REWRITES if ordinals else ()) + _REWRITES
        for m in pattern.finditer(text)
        if rewrite(m, english) is not None
    ]
    points = [(a, b) for a, b in point_spans(text) if not _YEAR_ONLY.fullmatch(text, a, b)]
    return sorted(spans + points + iso_spans(text) + everyday_spans(text))
