"""Rules ``period_phrase_spans`` and ``period_half_terms``: everyday period phrases read as one
table (tests/data/period_phrases.toml, written by eval/make_period_phrases.py).

``period_phrase_spans`` (:func:`bounded_period`): a season, a half, a quarter or a part of a
year or a month (rule ``everyday_periods``) after "rond"/"around" (periods.toml ``around``) or
"in"/"during" is that period ("rond de zomer van 2022", "in de 2e jaarhelft van 2023"); a season
with its year and no article before it ("najaar 2022", "summer 2023") is that season, as "Q3
2023" and "eind 2023" are read, but not after a target's bound ("vóór"/"before"/"tot"/"until").
(Rule ``period_phrase_bounds``, such a phrase after "sinds"/"since" or "na"/"after" read as an
open period, was measured off and deleted: docs/settings.md.)

A season or half after an article alone ("het plan voor de tweede helft van 2025", "over het
najaar van 2022") keeps its reading as the topic's period (the half-year term,
:func:`lrt_search.search.question_period.half_years`).

``period_half_terms`` (:func:`half_of`): a period of a topic (``ParsedQuestion.period_scope``)
of two months or more inside one half of a year ("het najaar van 2022", "Q3 2023") is written by
the minutes as that half ("2022-II": "De taakstelling voor 2022-II is vastgesteld op 13.500"),
so a quote must name the half, as "the second half of 2022" requires, not the year ("2022"
is no term of "2022-II").
"""

from __future__ import annotations

import datetime as dt
import re

from ..lazyre import lazy
from ..lexicon.wordlists import longest_alternation, words
from .everyday import find_everyday, part_spans
from .periods import HALF_ORDINALS, HALF_WORDS, SEASONS, month_end

_Y = r"(?:19|20)\d{2}"
_SEASON_WORD = longest_alternation(SEASONS)
_AROUND, _DURING, _BEFORE, _UNTIL = (
    frozenset(w.lower() for w in words("periods", kind))
    for kind in ("around", "during", "before", "until")
)
_LEAD = lazy(
    rf"\b(?P<w>{longest_alternation(_AROUND | _DURING)})\s+(?P<art>(?:the|de|het)\s+)?", re.I
)
_TARGET = lazy(
    rf"\b(?:{longest_alternation(_BEFORE | _UNTIL)})\s+(?P<art>(?:the|de|het)\s+)?", re.I
)
_SEASON_AT = lazy(rf"(?P<s>{_SEASON_WORD})(?:\s+(?:of|van))?\s+(?P<y>{_Y})\b", re.I)
_HALF_AT = lazy(
    HALF_WORDS + rf"(?:\s+(?:of|van))?\s+(?:the\s+year\s+|het\s+jaar\s+)?(?P<y>{_Y})\b", re.I
)
_BARE_SEASON = lazy(
    rf"(?<![\w-])(?<!de\s)(?<!het\s)(?<!the\s)(?P<s>{_SEASON_WORD})(?:\s+(?:of|van))?\s+"
    rf"(?P<y>{_Y})(?![\w-])",
    re.I,
    needs_digit=True,
)


def _season(m: re.Match[str]) -> tuple[dt.date, dt.date]:
    first, last = SEASONS[m.group("s").lower()]
    year = int(m.group("y"))
    return dt.date(year, first, 1), month_end(year + 1 if last < first else year, last)


def phrase_at(text: str, at: int) -> tuple[dt.date, dt.date, int] | None:
    """The first and last day of the season, half or everyday period (quarter, part of a year
    or month, H1/H2; not a holiday or a week: "na de zomervakantie", "vanaf de week van 11 juli
    2022" date a plan, not the meetings) that starts at ``at`` in ``text``, and where it ends;
    else None."""
    m = _SEASON_AT.match(text, at)
    if m:
        return (*_season(m), m.end())
    m = _HALF_AT.match(text, at)
    if m:
        year, first = int(m.group("y")), HALF_ORDINALS[m.group("which").lower()] == 1
        since = dt.date(year, 1 if first else 7, 1)
        return since, month_end(year, 6 if first else 12), m.end()
    for start, end in sorted(part_spans(text)):
        if start == at and (found := find_everyday(text[start:end])) is not None:
            return found[0], found[1], end
    return None


#: A period read: first day, last day (None: open), and what was read.
Bounded = tuple[dt.date, dt.date | None, str]


def bounded_period(text: str) -> Bounded | None:
    """Rule ``period_phrase_spans``: the period of the first season, half, quarter or part of
    ``text`` after a word of ``around`` or ``during``, else of a season with its year and no
    article (module docstring); else None."""
    if not any(c.isdigit() for c in text):
        return None
    for m in _LEAD.finditer(text):
        found = phrase_at(text, m.start("art")) if m.group("art") else None
        found = found or phrase_at(text, m.end())
        if found is None:
            continue
        since, until, end = found
        what = text[m.start() : end].strip()
        return since, until, f"{what}: {since.isoformat()} to {until.isoformat()}"
    bare = _BARE_SEASON.search(text)
    if bare and not _TARGET.search(text, 0, bare.start()):
        first, last = _season(bare)
        return first, last, f"{bare.group(0)}: {first.isoformat()} to {last.isoformat()}"
    return None


def half_of(since: dt.date | None, until: dt.date | None) -> str:
    """Rule ``period_half_terms``: the half-year ("2022-II") that holds the period from
    ``since`` to ``until`` when it spans two months or more of it; else ""."""
    if since is None or until is None or since.year != until.year:
        return ""
    if (until.month - since.month) < 1 or (since.month <= 6 < until.month):
        return ""
    return f"{since.year}-{'I' if until.month <= 6 else 'II'}"
