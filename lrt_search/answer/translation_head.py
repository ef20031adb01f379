"""Rule ``translation_compound_head``: an English topic word whose dictionary translation is
its cognate (itself, or its first six letters) and which the minutes hold only as the last
part of a compound is found there, not absent.

A Dutch compound names a kind of its last part: "vertrekmoratorium" is a moratorium, so "What
did the minister say about the moratorium?" is about it, though the minutes never write
"moratorium" alone ("prognosis": "productieprognose"). Only a translation spelled as the
English word, or sharing its first six letters, counts (a Dutch word of another spelling may
be a sense the question does not mean: "corpse" -> "lijk" is no part of "mogelijk",
"fortress" -> "vesting" no kind of "huisvesting"), only as the last part after a whole Dutch
word (before a linking "s", "e" or "en": "vertrek"), only for a word the topic check would
otherwise report missing (:func:`~lrt_search.answer.topics.topic_terms`), and the compounds'
index terms become the word's terms, so a quote must hold the compound. A compound names a
kind of its last part, and a word of the topic the minutes lack may name another kind ("a
moratorium on evictions of tenants" is no "vertrekmoratorium"): the compound stands for the
word only when no other word of the topic, of ``Settings.implied_topic_min_weight`` or more,
is lacking (:func:`kind_unknown`).
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Sequence
from typing import TYPE_CHECKING

from ..index.affixes import affixes
from ..lexicon.freedict import dutch_for
from ..lexicon.textnorm import fold_accents
from ..lexicon.wordfreq import zipf
from .informativeness import informativeness

if TYPE_CHECKING:
    from ..search.retriever import Retriever

#: A topic unit: its name, its words, the index terms that found it.
_Unit = tuple[str, tuple[str, ...], frozenset[str]]

#: The least letters of a translation and of the compound's part before it.
MIN_PART = 4
#: The letters a cognate translation shares with the English word (as answer.topics._cognate).
COGNATE_PREFIX = 6
#: The linking letters between a compound's parts (none first).
LINKS = ("", "s", "e", "en")
#: A compound's first part is a Dutch word of at least this Zipf or in the minutes' vocabulary.
FIRST_PART_ZIPF = 3.0


def compound_heads(retriever: Retriever, part: str) -> set[str]:
    """The minutes' words that are a Dutch word of four letters or more, an optional linking
    "s", "e" or "en", and ``part`` (four letters or more): "moratorium" in "vertrekmoratorium"."""
    vocabulary = retriever.analyzer.vocabulary
    if len(part) < MIN_PART or " " in part or not isinstance(vocabulary, Iterable):
        return set()
    out: set[str] = set()
    for word in affixes(retriever).ending(part):
        before = word[: -len(part)]
        firsts = [before[: len(before) - len(link)] for link in LINKS if before.endswith(link)]
        if any(len(f) >= MIN_PART and _dutch_word(f, vocabulary) for f in firsts):
            out.add(word)
    return out


def _dutch_word(word: str, vocabulary: Container[str]) -> bool:
    return word in vocabulary or zipf(word, "nl") >= FIRST_PART_ZIPF


def cognate(word: str, translation: str) -> bool:
    """Whether a translation is spelled as the English ``word`` or shares its first
    ``COGNATE_PREFIX`` letters ("prognosis": "prognose")."""
    word = fold_accents(word).lower()
    if translation == word:
        return True
    return len(word) >= COGNATE_PREFIX and translation[:COGNATE_PREFIX] == word[:COGNATE_PREFIX]


def head_terms(
    retriever: Retriever,
    word: str,
    translations: Sequence[str],
    index_terms: Callable[[str], set[str]],
) -> set[str]:
    """The index terms of the minutes' compounds whose last part is a translation of the
    English ``word`` that is its :func:`cognate` (none when
    ``Settings.translation_compound_head`` is off)."""
    if not retriever.settings.translation_compound_head:
        return set()
    out: set[str] = set()
    for translation in (t for t in translations if cognate(word, t)):
        for compound in compound_heads(retriever, translation):
            out |= index_terms(compound)
    return out


def kind_unknown(
    retriever: Retriever,
    found: list[_Unit],
    lacking: list[_Unit],
    index_terms: Callable[[str], set[str]],
    english: bool,
) -> tuple[list[_Unit], list[_Unit]]:
    """``found`` and ``lacking`` with every English word found only through a compound's last
    part (:func:`head_terms`) moved to ``lacking`` when a unit of ``lacking`` weighs
    ``Settings.implied_topic_min_weight`` or more: that word may name another kind (an
    English topic only)."""
    least = retriever.settings.implied_topic_min_weight
    if not english or not any(
        max(informativeness(w, True) for w in unit[1]) >= least for unit in lacking
    ):
        return found, lacking
    heads = [
        unit
        for unit in found
        if unit[2]
        and unit[2] == frozenset(head_terms(retriever, unit[0], dutch_for(unit[0]), index_terms))
    ]
    if not heads:
        return found, lacking
    kept = [unit for unit in found if unit not in heads]
    return kept, [*lacking, *((name, parts, frozenset()) for name, parts, _ in heads)]
