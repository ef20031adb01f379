"""Rule ``property_forms_read`` (issue 16, session 25 task G2): a statement states the property
a question asks in the forms the minutes write it, and not in forms that only look like it.

The quote checks read a time (:func:`.property_tied.states_time`), a count
(:func:`.shape.answers_shape`), an amount of money (:func:`.evidence.states_money`), a
percentage (:func:`.evidence.states_percentage`) and a frequency
(:func:`.asked_detail.states_frequency`) in a statement; the table
tests/data/property_forms.toml (eval/make_property_forms.py) lists statements in the minutes'
register with what each states and does not state. With this rule the readers also read:

- a time (:func:`time_form`): a length of time
  reckoned from now ("binnen zes weken", "over een half jaar"; durations.toml ``from_now``), a
  season or unit of time after "volgend" / "komend" ("volgend jaar", "komend najaar";
  periods.toml ``next``, ``next_plain``), a holiday
  ("voor de kerstvakantie"; periods.toml ``holidays``), a day of the week ("Vrijdag na de MR";
  ``weekdays``), a clock time ("om 14.00 uur"), and for a question of a period ("voor welke
  periode", property "duration") a half-year ("2022-II": the span a target is for, not when an
  act happens; not one the question names itself, as rule count_not_restated takes the
  question's own number for no count);
- a count (:func:`count_word`): a number in one word ("dertien", "dertienduizend") and a rough
  count ("tientallen", "enkele honderden"; numbers.toml ``rough_counts``); and no count in a
  number that names a thing ("artikel 3", "punt 2"; ``reference_nouns``), an order ("1e",
  "2de"; ``ordinal_suffixes``) or a clock time ("14.00 uur") (:func:`not_a_count`); a length
  of time counts its unit when that or time is counted ("met een jaar" answers "met hoeveel
  tijd", not "hoeveel ontheemden": :func:`length_starts`);
- an amount of money and a percentage written in words ("honderd miljoen euro", "tien
  procent", "ten percent": :func:`money_in_words`, :func:`percent_in_words`, through rule
  number_forms_read's :func:`.number_forms.read_numbers`); and no share in an ordinal before a
  noun ("een derde bijeenkomst"; ``share_ordinals``: :func:`ordinal_share`);
- a frequency with a count between "elke" and its unit ("elke twee weken"; asked_detail).

Switch: ``Settings.property_forms_read``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

from ..index.analysis import dutch_stopwords, english_stopwords
from ..lazyre import lazy
from ..lexicon.dates import CLOCK_TIME
from ..lexicon.wordclass import dutch_class
from ..lexicon.wordlists import alternation, longest_alternation, mapping, word_set, words
from .durations import duration_text
from .number_forms import read_numbers
from .number_words import word_numbers

_HALF_YEAR = lazy(r"\b(?:19|20)\d\d-I{1,2}\b", needs_digit=True)
_CLOCK_TIME = f"(?:{CLOCK_TIME})"  # lexicon.dates, the reader of find_time
_CLOCK = lazy(
    rf"\b{_CLOCK_TIME}\s*(?:uur|u|h)\b|\b(?:om|at|vanaf|from)\s+{_CLOCK_TIME}\b",
    re.I,
    needs_digit=True,
)
_MONEY_WORD = lazy(r"€|\beuros?\b|\beur\b", re.I)
_PERCENT_WORD = lazy(r"\b(?:procent|percent|per\s?cent)\b", re.I)
_NEXT_WORD = lazy(r"\s*([^\W\d_]+)")


@cache
def _time_words() -> re.Pattern[str]:
    """The times of words of :func:`time_form`."""
    units = alternation("durations", "units")
    seasons = longest_alternation(mapping("periods", "seasons"))
    holidays = longest_alternation(mapping("periods", "holidays"))
    following = f"(?:{alternation('periods', 'next')}|{alternation('periods', 'next_plain')})"
    return re.compile(
        rf"\b{alternation('durations', 'from_now')}\s+(?:een\s+)?{duration_text()}"
        rf"|\b{following}\s+(?:{seasons}|{units})(?!\w)"
        rf"|\b(?:{holidays}|{alternation('periods', 'weekdays')})(?!\w)",
        re.I,
    )


def time_form(text: str, named: frozenset[str] = frozenset(), halves: bool = False) -> bool:
    """Whether ``text`` states a time in a form of this rule (see the module); with ``halves``
    also a half-year ("2022-II": the span a target is for, which answers "voor welke periode",
    not when an act happens), not one the question names itself (``named``, lower case)."""
    found = (m.group().lower() for m in _HALF_YEAR.finditer(text)) if halves else iter(())
    return any(h not in named for h in found) or bool(
        _CLOCK.search(text) or _time_words().search(text)
    )


@cache
def count_word(word: str) -> bool:
    """Whether the one word ``word`` writes a count: a number in words ("dertien",
    "dertienduizend"; not "een") or a rough count ("tientallen")."""
    word = word.lower()
    if word in word_set("numbers", "rough_counts"):
        return True
    return bool(word_numbers(word) or word_numbers(word, True))


@cache
def _ordinal_after() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation('numbers', 'ordinal_suffixes')})(?![^\W\d_])", re.I)


def not_a_count(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` states no count: it names a thing ("artikel
    3"), an order ("1e") or is a clock time ("14.00 uur")."""
    if _ordinal_after().match(text, end):
        return True
    before = text[:start].split()
    if before and before[-1].lower() in word_set("numbers", "reference_nouns"):
        return True
    return any(m.start() <= start < m.end() for m in _CLOCK.finditer(text))


@cache
def _length() -> re.Pattern[str]:
    return re.compile(rf"(?:{duration_text()})", re.I)


def length_starts(text: str, counted: Callable[[str], bool]) -> set[int]:
    """Where each length of time of ``text`` starts ("een jaar", "enkele maanden") whose unit,
    or time itself (durations.toml ``time_nouns``), is what is ``counted``: a count of its
    unit ("met een jaar" answers "hoeveel jaar", "met hoeveel tijd"; not "hoeveel
    ontheemden")."""
    if not any(counted(w) for w in words("durations", "time_nouns")):
        return {m.start() for m in _length().finditer(text) if counted(m.group().split()[-1])}
    return {m.start() for m in _length().finditer(text)}


def money_in_words(text: str) -> bool:
    """Whether ``text`` states an amount of money with a number in words and a currency
    ("honderd miljoen euro", "€ twee miljoen")."""
    if not _MONEY_WORD.search(text):
        return False
    return any(r.money for english in (False, True) for r in read_numbers(text, english))


def percent_in_words(text: str) -> bool:
    """Whether ``text`` states a percentage with a number in words ("tien procent")."""
    if not _PERCENT_WORD.search(text):
        return False
    return any(r.share for english in (False, True) for r in read_numbers(text, english))


def ordinal_share(text: str, end: int) -> bool:
    """Whether the share in words ending at ``end`` of ``text`` ("een derde") is an ordinal
    before a noun ("een derde bijeenkomst"), not a share ("een derde van", "een derde deel")."""
    last = text[:end].split()[-1].lower() if text[:end].split() else ""
    if last not in word_set("numbers", "share_ordinals"):
        return False
    m = _NEXT_WORD.match(text, end)
    if not m:
        return False
    word = m.group(1).lower()
    stop = dutch_stopwords() | english_stopwords()
    return word not in stop | word_set("numbers", "share_parts") and not dutch_class(word)


def shares_read(text: str, shares: re.Pattern[str], forms: bool) -> bool:
    """Whether a match of ``shares`` (shares in words) in ``text`` is a share; with ``forms``
    not one that is an ordinal before a noun (:func:`ordinal_share`)."""
    found: Iterator[re.Match[str]] = shares.finditer(text)
    return any(not (forms and ordinal_share(text, m.end())) for m in found)
