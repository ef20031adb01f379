"""Rule ``english_cognate_found``: an English topic word that neither the glossary nor the
bilingual dictionaries translate, but whose cognate the minutes hold ("migration":
"migratie", "registration": "registratie"), is found through that cognate: the cognate's index
terms become topic terms, so the quote checks look for them. Without it such a word stayed
unchecked, and a topic of nothing else passed the topic check with no term to quote."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from ..lexicon.freedict import dutch_for
from ..lexicon.textnorm import fold_accents
from ..lexicon.wordclass import english_noun

if TYPE_CHECKING:
    from ..search.retriever import Retriever

# A cognate shares at least this many first letters (the "situat" of "situation", "situatie").
_LEAST = 6


def cognate_words(vocabulary: object, word: str, least: int, share: float) -> set[str]:
    """The words of ``vocabulary`` (the minutes') that share with English ``word`` a first
    part of ``least`` letters or more and at least ``share`` of ``word``'s letters, accents
    folded ("coordination": "coördinatie"; "escalation": "escalatieladder"), so a cognate, not
    a word that merely begins alike ("referendum" is no "referentie": 6 of 10 letters)."""
    if not isinstance(vocabulary, Iterable):
        return set()
    word = fold_accents(word.lower())
    need = max(least, round(share * len(word)))
    if len(word) < need:
        return set()
    stem = word[:need]
    return {w for w in vocabulary if fold_accents(w).startswith(stem)}


def cognate_terms(
    vocabulary: object,
    word: str,
    lemma: str,
    index_terms: Callable[[str], set[str]],
    least: int,
    share: float,
) -> set[str]:
    """The index terms of the minutes' cognates of ``word`` or its singular ``lemma``
    (:func:`cognate_words`; ``Settings.cognate_min_letters``, ``Settings.cognate_min_share``)."""
    out: set[str] = set()
    for form in {word, lemma} - {""}:
        for cognate in cognate_words(vocabulary, form, least, share):
            out |= index_terms(cognate)
    return out


def english_cognate_found(
    retriever: Retriever, word: str, index_terms: Callable[[str], set[str]]
) -> set[str]:
    """Rule ``english_cognate_found``: the index terms of the minutes' cognates of an English
    topic noun (:func:`~lrt_search.lexicon.wordclass.english_noun`) no dictionary translates
    (neither it nor its singular), of six letters or more
    and ``Settings.english_cognate_share`` of its letters (0: off)."""
    share = retriever.settings.english_cognate_share
    if share <= 0:
        return set()
    lemma = english_noun(word)[0]
    if not lemma or dutch_for(word) or dutch_for(lemma):
        return set()  # a verb or adjective ("realising", "contacted") may say what is done
    vocabulary = retriever.analyzer.vocabulary
    return cognate_terms(vocabulary, word, lemma, index_terms, _LEAST, share)
