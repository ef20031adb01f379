"""Rule ``glossary_word_reason`` (issue 16 task G): a ``topic_absent`` reason never names an
English word whose Dutch form the minutes write.

The topic check finds an English word through a glossary term it is (a one-word term) but not
through one it heads ("proposals" of "legislative proposals": "wetsvoorstel"; "quota" of
"housing quota": "taakstelling"; "applicants" of "asylum applicants": "asielzoekers"), so it
reports it lacking where the minutes write that Dutch term, and "the topic 'quota' does not
occur" is false. Answering through the head was tried (rule glossary_head_unchecked, deleted in
session 16: the head's Dutch term is a narrower sense, "fishing quota" is no "taakstelling", so
it answered unanswerable questions); here the refusal stays and its reason says what is true:

- beside a word the minutes lack in any form ("vaccination campaign": "vaccination"), the
  reason names only that word;
- else the word is named with the modifiers before it in the topic ("fishing quota", "age
  assessments"): that phrase the minutes lack;
- a word without a modifier ("the target"): with rule ``glossary_head_reason`` the refusal says
  what is true, that the word is read only in the two-word terms it heads, which the question
  does not name (code ``topic_head_unread``: "“target” alone is not read: the minutes write
  “taakstelling” for “housing target”"); without it the word stays named absent (false)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import Stemmer

from ..index.analysis import dutch_stopwords, english_stopwords, words
from ..lexicon.wordlists import word_set

if TYPE_CHECKING:
    from ..lexicon.glossary import Glossary
    from ..search.retriever import Retriever

#: The function words a glossary term with a head has none of ("secretary of state").
_SMALL = ("articles", "name_particles", "infinitive_markers_en")
#: The most glossary entries a ``topic_head_unread`` reason names (rule glossary_head_reason).
_ENTRIES = 3
#: The most modifier words named before the word ("coordination centre proposals").
_MODIFIERS = 2


def true_absent_words(
    retriever: Retriever, question: str, topic: str, missing: Sequence[str]
) -> list[str]:
    """The words a ``topic_absent`` reason names for the English ``question`` whose ``topic``
    lacks ``missing``: without those whose Dutch glossary form the minutes write, or those
    widened to the phrase of their modifiers (see the module); ``missing`` unchanged with the
    rule off or when no word has such a form."""
    if not retriever.settings.glossary_word_reason:
        return list(missing)
    held = [w for w in missing if dutch_form_held(retriever, w)]
    if not held:
        return list(missing)
    rest = [w for w in missing if w not in held]
    if rest:
        return rest
    widened = [p for p in (_with_modifiers(question, topic, w) for w in held) if p]
    return widened or list(missing)


def head_reason(retriever: Retriever, question: str, missing: Sequence[str]) -> dict | None:
    """Rule ``glossary_head_reason``: :func:`head_reason_params` of the index's glossary, a
    Dutch term counted when the index holds each of its words; None with the rule off."""
    if not retriever.settings.glossary_head_reason:
        return None
    known = retriever.bm25.terms
    tokenize = retriever.analyzer.tokenize_query

    def held(nl: str) -> bool:
        return all(any(t in known for t in tokenize(w, known)) for w in words(nl))

    return head_reason_params(retriever.glossary, question, missing, held)


def head_reason_params(
    glossary: Glossary, question: str, missing: Sequence[str], held: Callable[[str], bool]
) -> dict | None:
    """The reason of a ``topic_absent`` refusal whose every lacking word (``missing``: as
    :func:`true_absent_words` left them) is read only as the head of two-word glossary terms
    whose Dutch term is ``held`` and none of which the ``question`` names: code
    ``topic_head_unread`` with the words, for each entry (at most :data:`_ENTRIES`) its first
    such term (``phrases``) and its first held Dutch term (``terms``); else None."""
    found = [head_terms(glossary, w, held) for w in missing]
    if not missing or not all(found):
        return None
    asked = f" {' '.join(words(question))} "
    if any(f" {en} " in asked for terms in found for _, en, _ in terms):
        return None
    first: dict[int, tuple[str, tuple[str, ...]]] = {}
    for at, en, nls in (t for terms in found for t in terms):
        first.setdefault(at, (en, nls))  # an entry's first term
    chosen = list(first.values())[:_ENTRIES]
    return {
        "words": list(missing),
        "phrases": list(dict.fromkeys(en for en, _ in chosen)),
        "terms": list(dict.fromkeys(nls[0] for _, nls in chosen)),
        "reason_code": "topic_head_unread",
    }


def head_terms(
    glossary: Glossary, word: str, held: Callable[[str], bool]
) -> list[tuple[int, str, tuple[str, ...]]]:
    """The two-word glossary terms (no function words, letters only) ``word`` is the head of,
    in glossary order, each with its entry's number and ``held`` Dutch terms, when ``word`` is
    one word and no one-word term of an entry with a held Dutch term; else []."""
    if " " in word.strip():
        return []
    stem = _stemmer().stemWord(word.lower())
    if any(held(nl) for nl in glossary_forms(glossary, False).get(stem, ())):
        return []
    small = {w for kind in _SMALL for w in word_set("function_words", kind)}
    out = []
    for at, entry in enumerate(glossary.entries):
        dutch = tuple(nl for nl in entry.nl if held(nl))
        for term in entry.en:
            parts = term.lower().split()
            two = dutch and len(parts) == 2 and not small & set(parts)
            if two and all(p.isalpha() for p in parts) and same_noun(parts[-1], word.lower()):
                out.append((at, " ".join(parts), dutch))
    return out


def same_noun(a: str, b: str) -> bool:
    """``a`` and ``b`` are one noun: equal, or one is the other's plural ("-s", "-es", "-y" /
    "-ies"); a derivation ("sharing", "share") is another word."""
    return a == b or any(_plural(x, y) for x, y in ((a, b), (b, a)))


def _plural(one: str, many: str) -> bool:
    return many in (one + "s", one + "es") or (one.endswith("y") and many == one[:-1] + "ies")


def dutch_form_held(retriever: Retriever, word: str) -> bool:
    """Whether ``word`` (one English word) is a one-word term or the head of a two-word term
    of a glossary entry one of whose Dutch terms the index holds (each of its words)."""
    if " " in word.strip():
        return False
    known = retriever.bm25.terms
    tokenize = retriever.analyzer.tokenize_query
    forms = glossary_forms(retriever.glossary).get(_stemmer().stemWord(word.lower()), ())
    return any(all(any(t in known for t in tokenize(w, known)) for w in words(nl)) for nl in forms)


def _with_modifiers(question: str, topic: str, word: str) -> str | None:
    """``word`` with the words of ``topic`` that stand right before it in ``question``
    ("fishing quota"), or None when a stopword or nothing stands there."""
    seq, own = words(question), set(words(topic))
    if word.lower() not in seq:
        return None
    at = seq.index(word.lower())
    stop = english_stopwords() | dutch_stopwords()
    start = at
    while start > 0 and at - start < _MODIFIERS and seq[start - 1] in own - stop:
        start -= 1
    return " ".join(seq[start : at + 1]) if start < at else None


@functools.cache
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


@functools.lru_cache(maxsize=8)
def glossary_forms(glossary: Glossary, heads: bool = True) -> dict[str, tuple[str, ...]]:
    """The Dutch terms of each glossary entry by the English stem of its one-word terms and
    (``heads``) of the head (last word) of its two-word terms without function words; the
    reason checker (lrt_search.evaluation.reason_words) reads the same map."""
    small = {w for kind in _SMALL for w in word_set("function_words", kind)}
    out: dict[str, list[str]] = {}
    for entry in glossary.entries:
        for term in entry.en:
            parts = words(term)
            if len(parts) == 1 or (heads and len(parts) == 2 and not small & set(parts)):
                out.setdefault(_stemmer().stemWord(parts[-1]), []).extend(entry.nl)
    return {stem: tuple(dict.fromkeys(nl)) for stem, nl in out.items()}
