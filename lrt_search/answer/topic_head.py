"""Rule ``topic_head_required``: a topic whose head noun the minutes lack is absent, however
much its modifier weighs.

"Werd er gesproken over de schoonmaak van de voorportalen?" asks about cleaning; "de
voorportalen" only says of what. When the minutes hold the modifier (often a name: "Ter Apel",
"de IND") but no form of the head, the share of the topic's weight they lack can stay below
``Settings.topic_missing_share`` and a statement about the modifier is quoted as the answer.
The head is the topic's content words before its first preposition
(``lexicon/data/topics.toml`` ``head_prepositions``); it is absent when every one of them is
lacking in the topic check (or, in English, reads as a noun whose dictionary translations the
minutes all lack) and weighs at least ``Settings.topic_head_min_weight`` (a general head,
"the situation in Ter Apel", may be said in other words), and no form of it (itself or its
singular: ``lexicon/data/inflections.toml`` ``dutch_singulars``) is the first or last part of a
compound of the minutes (:func:`~.topic_words.compound_terms`: "de prijzen van flexwoningen",
"prijsopdrijvend").
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from ..index.analysis import dutch_stopwords, english_stopwords, words
from ..lexicon.datafiles import bundled_toml
from ..lexicon.freedict import dutch_for
from ..lexicon.wordclass import english_noun
from ..lexicon.wordlists import word_set
from .informativeness import informativeness
from .topic_words import compound_terms

if TYPE_CHECKING:
    from ..search.retriever import Retriever
    from .topics import TopicCheck

_PREPOSITIONS = word_set("topics", "head_prepositions")


def topic_head(topic: str) -> tuple[list[str], list[str]]:
    """The content words of ``topic`` before its first preposition (its head) and after it
    (its modifier); no head when no preposition follows a content word."""
    seq = words(topic)
    stop = dutch_stopwords() | english_stopwords()
    for i, word in enumerate(seq):
        if word in _PREPOSITIONS and i > 0:
            head = [w for w in seq[:i] if w not in stop and len(w) >= 3]
            rest = [w for w in seq[i + 1 :] if w not in stop and len(w) >= 2]
            return (head, rest) if head and rest else ([], [])
    return [], []


def absent_head(retriever: Retriever, topic: str, check: TopicCheck) -> list[str]:
    """The head words of ``topic`` when the minutes lack its head but hold its modifier (see
    the module); empty otherwise."""
    head, modifier = topic_head(topic)
    if not head:
        return []
    found = {w for _, parts, _ in check.found for w in parts}
    lacking = {w for _, parts, _ in check.lacking for w in parts}
    if found & set(head) or not found & set(modifier):
        return []
    least = retriever.settings.topic_head_min_weight
    if max(informativeness(w, check.english) for w in head) < least:
        return []
    if not all(w in lacking or (check.english and _untranslated(retriever, w)) for w in head):
        return []
    if not check.english and any(_compound_part(retriever, w) for w in head):
        return []
    return head


@cache
def _singular_rules() -> tuple[tuple[str, str], ...]:
    return tuple((str(a), str(b)) for a, b in bundled_toml("inflections.toml")["dutch_singulars"])


def singulars(word: str) -> list[str]:
    """``word`` and the singulars the rules ``dutch_singulars`` make of it ("prijzen" ->
    "prijs", "prijz"), each with a stem of four letters or more."""
    out = [word]
    for ending, replacement in _singular_rules():
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            out.append(word[: len(word) - len(ending)] + replacement)
    return out


def _compound_part(retriever: Retriever, word: str) -> bool:
    """Whether a form of the Dutch ``word`` is a part of a compound of the minutes."""
    return any(compound_terms(retriever, form) for form in singulars(word))


def _untranslated(retriever: Retriever, word: str) -> bool:
    """An English noun with dictionary translations (its own or its singular's), none of them
    a term of the minutes."""
    noun, _ = english_noun(word)
    if not noun:
        return False
    translations = {*dutch_for(word), *dutch_for(noun)}
    if not translations:
        return False
    known = retriever.bm25.terms
    tokenize = retriever.analyzer.tokenize_query
    return not any(t in known for tr in translations for t in tokenize(tr, known))
