"""Rule ``english_untranslated_absent``: an English topic noun that neither the glossary nor
the bilingual dictionaries translate ("loneliness", "groceries", "flooding", "childcare") and
that the minutes do not hold in any form is missing from them, where before it stayed
unchecked because there was no translation to look for."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from ..lexicon.freedict import dutch_for
from ..lexicon.wordclass import english_noun
from ..lexicon.wordfreq import zipf

if TYPE_CHECKING:
    from ..search.retriever import Retriever


def untranslated_noun_absent(
    retriever: Retriever, word: str, index_terms: Callable[[str], set[str]]
) -> bool:
    """Whether ``word``, an English topic word the glossary lacks and the minutes do not hold,
    is a noun (WordNet, at most ``Settings.english_noun_max_senses`` senses) specific enough to
    name a topic (English Zipf below ``Settings.english_absent_below_zipf``) with no dictionary
    translation, its singular none either, whose singular is no term of the index, no part of a
    word of the minutes ("turbine" in "windturbines") and has no cognate there (a word of the
    minutes beginning with its first five letters: "coordination", "coördinatie"). Only of the
    "about X" phrase: elsewhere in a question ("enough manpower", "the attached overview") such a
    noun often paraphrases a word of the minutes ("uitvoeringskracht", "overzicht"). Switched by
    ``Settings.english_untranslated_absent``."""
    settings = retriever.settings
    if not settings.english_untranslated_absent:
        return False
    noun, senses = english_noun(word)
    if not noun or senses > settings.english_noun_max_senses:
        return False
    if not 0 < zipf(word, "en") < settings.english_absent_below_zipf:
        return False  # a common word ("cooperation", "timing") may paraphrase the minutes
    if dutch_for(word) or dutch_for(noun) or index_terms(noun):
        return False
    return not _in_vocabulary(retriever.analyzer.vocabulary, noun)


def _in_vocabulary(vocabulary: object, noun: str) -> bool:
    """Whether a word of the minutes holds ``noun`` or begins with its first five letters."""
    if not isinstance(vocabulary, Iterable):
        return True  # nothing to check against: leave the word unchecked
    stem = noun[:5] if len(noun) >= 5 else noun
    return any(w.startswith(stem) or (len(noun) >= 4 and noun in w) for w in vocabulary)
