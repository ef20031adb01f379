"""Rule ``english_untranslated_absent``: an English topic noun that neither the glossary nor
the bilingual dictionaries translate ("loneliness", "groceries", "flooding", "childcare") and
that the minutes do not hold in any form is missing from them, where before it stayed
unchecked because there was no translation to look for."""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable
from typing import TYPE_CHECKING

from ..index.affixes import affixes
from ..lexicon.freedict import dutch_for
from ..lexicon.wordclass import english_noun
from ..lexicon.wordfreq import zipf

if TYPE_CHECKING:
    from ..search.retriever import Retriever

# Linking morphemes after a compound's first part, none first ("windturbines": "wind").
_LINKS = ("", "s", "e", "en")
# Endings of an inflected last part, in the order they are tried ("windturbines": "turbine").
_ENDINGS = ("", "s", "en", "e")


def untranslated_noun_absent(
    retriever: Retriever, word: str, index_terms: Callable[[str], set[str]], explicit: bool = True
) -> bool:
    """Whether ``word``, an English topic word the glossary lacks and the minutes do not hold,
    is a noun (WordNet, at most ``Settings.english_noun_max_senses`` senses) specific enough to
    name a topic (English Zipf below ``Settings.english_absent_below_zipf``) with no dictionary
    translation, its singular none either, whose singular is no term of the index, no part of a
    word of the minutes ("turbine" in "windturbines") and has no cognate there (a word of the
    minutes beginning with its first five letters: "coordination", "coördinatie"). Only of the
    "about X" phrase (``explicit``): elsewhere in a question ("enough manpower", "the regular
    home seekers", "the Dispersal Act") such a noun often paraphrases a word of the minutes
    ("uitvoeringskracht", "woningzoekenden", "Spreidingswet"; measured in docs/settings.md).
    Switched by ``Settings.english_untranslated_absent``."""
    settings = retriever.settings
    if not settings.english_untranslated_absent or not explicit:
        return False
    noun, senses = english_noun(word)
    if not noun or senses > settings.english_noun_max_senses:
        return False
    if not 0 < zipf(word, "en") < settings.english_absent_below_zipf:
        return False  # a common word ("cooperation", "timing") may paraphrase the minutes
    if dutch_for(word) or dutch_for(noun) or index_terms(noun):
        return False
    boundary = settings.untranslated_compound_boundary
    return not _in_vocabulary(retriever, noun, boundary)


def _in_vocabulary(retriever: Retriever, noun: str, boundary: bool = True) -> bool:
    """Whether a word of the minutes begins with ``noun``'s first five letters or holds it as a
    compound part: rule ``untranslated_compound_boundary`` (``boundary``) counts a part only at
    a compound boundary, the rest of the word a word itself ("turbine" in "windturbines"; not
    "pact" in "impactanalyse"); off, anywhere inside a word. The words that begin or end with
    it are looked up (:func:`~lrt_search.index.affixes.affixes`), not found by a scan."""
    vocabulary = retriever.analyzer.vocabulary
    if not isinstance(vocabulary, Iterable):
        return True  # nothing to check against: leave the word unchecked
    lookup = affixes(retriever)
    stem = noun[:5] if len(noun) >= 5 else noun
    if lookup.starting(stem):
        return True
    if len(noun) < 4:
        return False
    if not boundary:
        return any(noun in w for w in vocabulary)
    # compound_part holds only for a word that begins with noun or ends with it inflected
    ends = (w for ending in _ENDINGS for w in lookup.ending(noun + ending))
    candidates = {*lookup.starting(noun), *ends}
    return any(compound_part(vocabulary, w, noun) for w in candidates)


def compound_part(vocabulary: Container[str], word: str, part: str) -> bool:
    """Whether ``part`` is the first or last part of ``word`` (a word of the minutes), the rest
    (without a linking "s", "e" or "en" after a first part) a word itself: a word of
    ``vocabulary`` or a Dutch word of Zipf 3 or more, of three letters or more."""
    if word == part or part not in word:
        return False

    def a_word(rest: str) -> bool:
        return len(rest) >= 3 and (rest in vocabulary or zipf(rest, "nl") >= 3.0)

    if word.startswith(part):
        rest = word[len(part) :]
        return any(rest.startswith(link) and a_word(rest[len(link) :]) for link in _LINKS)
    for ending in _ENDINGS:  # the last part inflected: "windturbines"
        if word.endswith(part + ending):
            return a_word(word[: len(word) - len(part) - len(ending)])
    return False
