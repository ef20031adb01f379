"""Rule english_number_forms: numbers and dates of a question as English writers write them.

An English question writes its dates month first ("nov 3 2023", "Nov 3rd, 2023", "March 19th")
and its days as ordinals ("the 3rd of November"); the day of such a date is no amount a claim
states ("did the VNG want a joint signal ..., nov 3 2023" claims no "3"). It writes a thousand
as "k" ("13k" is 13000). And the words around a claim's number hold English function words
("been", "had", "by") the Dutch index may know as Dutch words ("been", a leg): they say nothing
of what the number counts, so an English question's stopwords are no context words of rule
claim_number_stated ("Had the basic target of 10,000 been met ...?" is stated by "De kale
taakstelling van 10.000 is behaald"). Thousands separators need no reading: a number's digits
are compared without them ("10,000", "10.000" and "10000" are one number; "2.5" and "2,5" one
too), so a Dutch "1.500" in an English question is 1500 as it is in a Dutch one. Switch:
``Settings.english_number_forms``.
"""

from __future__ import annotations

import re

from ..index.analysis import english_stopwords
from ..lazyre import lazy
from ..lexicon.dates import ENGLISH_ORDINAL, MONTH_WORDS

_MONTH = MONTH_WORDS
_MONTH_BEFORE = lazy(rf"\b(?:{_MONTH})\.?\s+$", re.I)
# After a month-first day: an ordinal ending, then a year or the end of a clause.
_DAY_AFTER = lazy(rf"{ENGLISH_ORDINAL}?(?:,?\s+(?:19|20)\d\d\b|\s*(?:[?.!,;)]|$))", re.I)
_ORDINAL = lazy(rf"{ENGLISH_ORDINAL}\b", re.I)
_THOUSANDS = lazy(r"k\b", re.I)


def not_amount(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start``-``end`` of ``text`` is the day of a month-first date
    ("Nov 3, 2023", "march 19th") or an ordinal ("the 3rd of November", "2nd meeting")."""
    if _ORDINAL.match(text, end):
        return True
    return bool(_MONTH_BEFORE.search(text[:start])) and bool(_DAY_AFTER.match(text, end))


def english_spans(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` (start, end, digits or ``""``) of an English question without the days and
    ordinals, a "13k" given its digits (13000)."""
    found = []
    for start, end, digits in spans:
        if not_amount(text, start, end):
            continue
        number = text[start:end]
        if not digits and number.isdigit() and _THOUSANDS.match(text, end):
            digits = f"{number}000"
        found.append((start, end, digits))
    return found


def context_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words around an English claim's number but its English stopwords."""
    stop = english_stopwords()
    return tuple(w for w in words if w.lower() not in stop)
