"""Rule ``english_dutch_term_absent``: an English question may name its topic by a Dutch policy
term ("the energietoeslag for statushouders", "the age test (leeftijdsonderzoek)", "'code
oranje'"). No English dictionary translates such a word and no English noun table knows it, so
before this rule it stayed unchecked and the question was answered with a quote about its other
words. With the rule, a word of an English topic that reads as Dutch (general Dutch knows it
better than general English, or, known to neither, it is two Dutch words joined, with an
optional linking "s"/"e"/"en") is checked as Dutch: the terms of its Dutch synonyms found in the
minutes stand for it, and when the minutes hold neither it nor a synonym it is missing from them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..lexicon.wordfreq import zipf
from .compound_words import LINKS

if TYPE_CHECKING:
    from ..search.retriever import Retriever

# The shortest part of a Dutch compound read as two Dutch words ("energie" + "toeslag").
_MIN_PART = 4
# A word general English knows this well (wordfreq Zipf) is English too ("land", "interim").
_ENGLISH_BELOW = 3.0


def _dutch(word: str) -> bool:
    """Whether general Dutch knows ``word`` better than general English ("toeslag", not
    "through" of "throughflow")."""
    return zipf(word, "nl") > zipf(word, "en")


def reads_dutch(word: str) -> bool:
    """Whether ``word`` of an English question reads as Dutch: general Dutch knows it better
    than general English and English hardly at all ("oranje", "huurtoeslag"; not "land"), or
    neither knows it and it is two words Dutch knows better than English joined
    ("energietoeslag", "leeftijdsonderzoek"; not "throughflow")."""
    if not word.isalpha():
        return False
    low = word.lower()
    nl, en = zipf(low, "nl"), zipf(low, "en")
    if nl or en:
        return nl > en and en < _ENGLISH_BELOW  # "land", "interim": words of both languages
    for cut in range(_MIN_PART, len(low) - _MIN_PART + 1):
        head = low[cut:]
        modifier = low[:cut]
        stems = (
            modifier[: len(modifier) - len(link)]
            for link in ("", *LINKS)
            if modifier.endswith(link)
        )
        if any(len(stem) >= _MIN_PART and _dutch(stem) for stem in stems) and _dutch(head):
            return True
    return False


def dutch_term(
    retriever: Retriever,
    word: str,
    every_word: Callable[[str], set[str]],
    found: set[str],
    absent: str,
) -> tuple[set[str], str]:
    """The index terms of an English topic word the translations did not find and the name of
    the unit the minutes lack, with the rule: a word that :func:`reads_dutch` is found by its
    Dutch synonyms (``every_word``: the terms of a phrase) or else missing; unchanged when the
    rule is off, the word was found or is missing already."""
    if found or absent or not retriever.settings.english_dutch_term_absent:
        return found, absent
    if not reads_dutch(word):
        return found, absent
    synonyms = retriever.synonyms
    phrases = synonyms.expand(word) if synonyms is not None else ()
    terms: set[str] = set().union(*(every_word(p) for p in phrases)) if phrases else set()
    return (terms, "") if terms else (set(), word)
