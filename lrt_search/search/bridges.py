"""Vocabulary bridges from a real dictionary: the corpus words a question means but does not
use, searched as low-weight BM25 terms (rule ``bridge_weight``; 0 switches it off).

An English question's words go to Dutch through FreeDict (:mod:`lrt_search.lexicon.freedict`:
"peace" -> "vrede"). Search bridges English questions only; the learned fusion's bridge feature
(search/learned.py) also takes a Dutch question's words through English and back
("maatschappij" -> "society" -> "samenleving"), which is how a bilingual dictionary yields
synonyms. Only
translations that the index holds are kept, at most ``per_word`` per word (those reached by
the most senses first), never the word's own stem; they are shown as ``expanded: ...``.
Dutch questions of fewer than three content words (keyword searches) are not bridged, nor are
month names: they say the question's period, and a dictionary reads "March" as "lopen".
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Container
from typing import TYPE_CHECKING

import numpy as np

from ..index.analysis import LIGHT_VERBS, DutchAnalyzer, is_english, query_words
from ..lexicon.dates import MONTHS
from ..lexicon.freedict import dutch_to_english, english_headword, english_to_dutch
from ..lexicon.gloss_senses import framed_in, without_glossed
from ..lexicon.glossary import unglossed
from ..lexicon.intents import framing_spans

if TYPE_CHECKING:
    from .query import QueryScope
    from .retriever import Retriever


def bridges_of(retriever: Retriever, query: str) -> dict[str, list[str]]:
    """:func:`bridge_map` of ``query`` with the retriever's analyzer, index vocabulary and
    settings (empty when ``bridge_weight`` is 0)."""
    s = retriever.settings
    if s.bridge_weight <= 0:
        return {}
    known = retriever.bm25.terms
    other = unglossed(query) if s.gloss_sense_context else frozenset()
    if s.bridge_skips_framing:
        query = without_framing(query, s.frame_gap_topic, s.main_clause_intent)
    return bridge_map(
        query,
        retriever.analyzer,
        known,
        s.bridge_per_word,
        False,  # Dutch questions are searched as written (bridge_dutch tried and deleted)
        lemmas=s.bridge_lemmas,
        framed=s.gloss_senses_framed,
        unglossed=other,
    )


def without_framing(question: str, gap: bool = False, main: bool = True) -> str:
    """Rule ``bridge_skips_framing``: ``question`` with the words of its framing phrases
    blanked out (:func:`~lrt_search.lexicon.intents.framing_spans`: "last time", "who
    chaired", "how many"): they say what kind of answer is wanted, not its topic, and a
    dictionary reads them as topic words ("time" -> "keer", "tijd", "uur"; "chaired" ->
    "zitting"); ``gap``: rule ``frame_gap_topic`` (the topic of "How did X evolve?" is bridged);
    ``main``: rule ``main_clause_intent``."""
    chars = list(question)
    for start, end in framing_spans(question, gap, main):
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def bridged_words(retriever: Retriever, query: str) -> list[str]:
    """The corpus words bridged from ``query`` (see :func:`bridges_of`)."""
    words = bridges_of(retriever, query).values()
    return list(dict.fromkeys(w for bridged in words for w in bridged))


def bridge_scores(retriever: Retriever, query: str) -> np.ndarray | float:
    """``bridge_weight`` times the BM25 scores of ``query``'s bridged words (0.0 for none)."""
    bridged = bridged_words(retriever, query)
    if not bridged:
        return 0.0
    terms = [t for w in bridged for t in retriever.analyzer.tokenize(w)[:1]]
    return retriever.settings.bridge_weight * retriever.bm25.scores(terms)


def noted(retriever: Retriever, scope: QueryScope, question: str) -> QueryScope:
    """``scope`` with an ``expanded: ...`` note naming ``question``'s bridged words."""
    bridged = bridged_words(retriever, question)
    if not bridged:
        return scope
    note = "expanded: " + ", ".join(bridged[:8]) + (" …" if len(bridged) > 8 else "")
    return dataclasses.replace(scope, notes=(*scope.notes, note))


def bridge_words(
    question: str,
    analyzer: DutchAnalyzer,
    known_terms: Container[str],
    per_word: int = 3,
    dutch: bool = True,
) -> list[str]:
    """The corpus words bridged from ``question``'s content words (see the module docstring);
    ``dutch=False`` leaves Dutch questions alone (English ones only)."""
    bridged = bridge_map(question, analyzer, known_terms, per_word, dutch)
    return list(dict.fromkeys(w for words in bridged.values() for w in words))


def bridge_map(
    question: str,
    analyzer: DutchAnalyzer,
    known_terms: Container[str],
    per_word: int = 3,
    dutch: bool = True,
    lemmas: bool = True,
    framed: bool = False,
    unglossed: frozenset[str] = frozenset(),
) -> dict[str, list[str]]:
    """``{question word (folded): the corpus words bridged from it}``, for the words that
    have any (see :func:`bridge_words`; ``dutch``: Dutch questions too, as the learned
    fusion's bridge feature reads them). ``lemmas`` (rule ``bridge_lemmas``): an inflected
    English word that is no headword is looked up by its dictionary form ("towns" -> "town"
    -> "plaats"). ``framed`` (rule ``gloss_senses_framed``, lexicon/gloss_senses.py): an
    English word is bridged in the sense its frame selects ("one general offer": "aanbod",
    "bod", not "bieden"). ``unglossed`` (rule ``gloss_sense_context``): the words the question
    reads in the sense their glossary term does not gloss
    (:func:`~lrt_search.lexicon.gloss_senses.unglossed`: "how close"), bridged without the
    translations of the glossed one ("sluiten")."""
    english = is_english(question)
    if not english and (not dutch or len(query_words(question)) < 3):
        return {}  # a Dutch keyword search is searched as typed
    out: dict[str, list[str]] = {}
    seen: set[str] = set()
    for word in query_words(question):
        if len(word) < 4 or not word.isalpha() or word in LIGHT_VERBS or word in MONTHS:
            continue  # a month is the question's period, not its topic ("March" -> "lopen")
        own = set(analyzer.tokenize(word))
        votes: Counter[str] = Counter()
        if english:
            senses = english_to_dutch(english_headword(word) if lemmas else word)
            chosen = framed_in(question, word, senses) if framed else list(senses)
            votes.update(without_glossed(word, chosen) if word in unglossed else chosen)
        else:
            for sense in dutch_to_english(word):
                votes.update(set(english_to_dutch(sense)))
        kept = 0
        for candidate, _ in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0])):
            if kept >= per_word:
                break
            if " " in candidate or not candidate.isalpha() or candidate in seen:
                continue
            terms = analyzer.tokenize(candidate)
            if terms and terms[0] in known_terms and terms[0] not in own:
                out.setdefault(word, []).append(candidate)
                seen.add(candidate)
                kept += 1
    return out
