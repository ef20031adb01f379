"""Rule ``topic_spelling_alternation``: a Dutch topic word the minutes write in another spelling.

The analyzer finds a word written with a doubled letter more or less ("accomodatie"), but not
one written with the other letter of an alternation of ``lexicon/data/spelling.toml`` ("lokatie"
for the minutes' "locatie", "konsultatie", "krisismaatregelen", "sorgen", "tydelijke"). Such a
word is a word of the minutes to a reader, and a search-box question writes it so; the topic
gate took it for a missing topic ("budel lokatie defensie helderheid"). A word is found when a
word of the minutes of nearly its length has the same
:func:`~lrt_search.lexicon.spelling_variants.spelling_key` (accents folded, alternations read,
doubled letters collapsed): a different letter is never a variant, so "karavans" finds nothing
("caravan" is not in the minutes) and "kampeerlokaties" no more than its head would.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..search.spelling import spelled_alike

if TYPE_CHECKING:
    from ..search.retriever import Retriever

#: The shortest word looked up (the analyzer's own spelling variants start at five letters).
MIN_LETTERS = 5


def alternation_terms(
    retriever: Retriever, word: str, index_terms: Callable[[str], set[str]]
) -> set[str]:
    """The index terms of the minutes' words that are ``word`` in another spelling (none when
    ``Settings.topic_spelling_alternation`` is off, or ``word`` is short or not alphabetic)."""
    if (
        not retriever.settings.topic_spelling_alternation
        or len(word) < MIN_LETTERS
        or not word.isalpha()
    ):
        return set()
    found: set[str] = set()
    for other in spelled_alike(retriever, word):
        if other != word.lower():
            found |= index_terms(other)
    return found
