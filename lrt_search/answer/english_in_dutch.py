"""Rule ``english_word_in_dutch`` (issue 16 task G): an English word in a Dutch question
("mvro current systeem vastgelopen qoute", a phone query) is found through its Dutch forms.

The topic check of a Dutch question reads every word as Dutch, so "current" - a word of
English, not of Dutch - was a topic word the minutes lack, and the question was refused with
"het onderwerp 'current' komt niet voor" while the minutes write "het huidige systeem". A word
the index lacks that is more frequent in English than in Dutch (Zipf, by ``margin``) is found
through the Dutch terms of its glossary entries and its one-word FreeDict translations; a word
none of whose forms occurs stays missing."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..lexicon.freedict import dutch_for
from ..lexicon.wordfreq import zipf

if TYPE_CHECKING:
    from ..search.retriever import Retriever

#: How much more frequent (Zipf) in English than in Dutch a word must be to be read as English.
_MARGIN = 1.0


def english_terms(
    retriever: Retriever, word: str, index_terms: Callable[[str], set[str]]
) -> set[str]:
    """The index terms of the Dutch forms of ``word`` when it is an English word (see the
    module); none with the rule off or when it reads as Dutch."""
    if not retriever.settings.english_word_in_dutch:
        return set()
    if zipf(word, "en") < zipf(word, "nl") + _MARGIN:
        return set()
    forms = [nl for _, entry in retriever.glossary.matches(word) for nl in entry.nl]
    forms += dutch_for(word)
    return set().union(*(index_terms(f) for f in forms))
