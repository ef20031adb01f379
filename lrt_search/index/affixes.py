"""The words of the analyzer's vocabulary by prefix and by suffix, without a scan on a question.

The compound checks of ``ask`` (:func:`lrt_search.answer.topic_words.compound_terms`, rules
``compound_both_parts``, ``topic_head_required`` and ``untranslated_compound_boundary``) ask
which words of the minutes begin or end with a part. Read by iterating the vocabulary, each
such question cost a pass over every word of the index (tens of passes per ``ask``). A built
index stores the vocabulary sorted (``analyzer.sqlite`` table ``words``) and each word
reversed (table ``reversed``), so a prefix or suffix is one range query on the table's primary
key. An index written before the reversed table was, and an analyzer fitted in memory, sort
their vocabulary once per analyzer instead (the same words, found by bisection), once per retriever.
"""

from __future__ import annotations

import bisect
import sqlite3
import weakref
from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING

from .lookup import TermTable

if TYPE_CHECKING:
    from ..search.retriever import Retriever

#: The table of reversed words in ``analyzer.sqlite``.
REVERSED = "reversed"
_LAST = "\U0010ffff"


def reversed_rows(vocabulary: Iterable[str]) -> list[tuple[str, int]]:
    """The rows of the :data:`REVERSED` table: each word reversed, sorted."""
    return [(w, 0) for w in sorted(word[::-1] for word in vocabulary)]


def _in_range(words: list[str], prefix: str) -> list[str]:
    start = bisect.bisect_left(words, prefix)
    end = bisect.bisect_left(words, prefix + _LAST, lo=start)
    return [w for w in words[start:end] if w.startswith(prefix)]


class Affixes:
    """Prefix and suffix lookups on one vocabulary (see the module)."""

    def __init__(self, vocabulary: Collection[str]) -> None:
        self._forward: TermTable | None = None
        self._backward: TermTable | None = None
        self._sorted: list[str] | None = None
        self._reversed: list[str] | None = None
        self._vocabulary = vocabulary
        if isinstance(vocabulary, TermTable):
            self._forward = vocabulary  # its primary key is sorted already
            try:
                self._backward = TermTable(vocabulary.path, REVERSED)
            except sqlite3.OperationalError:  # an index written before the table was
                self._backward = None

    def starting(self, prefix: str) -> list[str]:
        """The words that begin with ``prefix`` (the word itself included), sorted."""
        if self._forward is not None:
            found = self._forward.in_range(prefix, prefix + _LAST)
            return [w for w in found if w.startswith(prefix)]
        if self._sorted is None:
            self._sorted = sorted(self._vocabulary)
        return _in_range(self._sorted, prefix)

    def ending(self, suffix: str) -> list[str]:
        """The words that end with ``suffix`` (the word itself included)."""
        backwards = suffix[::-1]
        if self._backward is not None:
            found = self._backward.in_range(backwards, backwards + _LAST)
            return [w[::-1] for w in found if w.startswith(backwards)]
        if self._reversed is None:
            self._reversed = sorted(w[::-1] for w in self._vocabulary)
        return [w[::-1] for w in _in_range(self._reversed, backwards)]


_AFFIXES: weakref.WeakKeyDictionary[Retriever, Affixes] = weakref.WeakKeyDictionary()


def affixes(retriever: Retriever) -> Affixes:
    """The :class:`Affixes` of the vocabulary of ``retriever``'s analyzer, made once per
    retriever (and again if its analyzer's vocabulary is replaced)."""
    vocabulary = retriever.analyzer.vocabulary
    found = _AFFIXES.get(retriever)
    if found is None or found._vocabulary is not vocabulary:
        found = _AFFIXES[retriever] = Affixes(vocabulary)
    return found


_TERM_AFFIXES: weakref.WeakKeyDictionary[Retriever, Affixes] = weakref.WeakKeyDictionary()


def term_affixes(retriever: Retriever) -> Affixes:
    """The :class:`Affixes` of ``retriever``'s index terms (``bm25.terms``: stems, the words
    BM25 reads), made once per retriever: the stem checks of ``ask``
    (:func:`lrt_search.answer.topic_words._same_stem`, ``_head_of``) look terms up by prefix and
    suffix instead of reading every term. A stored index keeps the terms reversed in
    ``bm25_terms.sqlite`` (table :data:`REVERSED`); an older one sorts them once."""
    terms = retriever.bm25.terms
    found = _TERM_AFFIXES.get(retriever)
    if found is None or found._vocabulary is not terms:
        found = _TERM_AFFIXES[retriever] = Affixes(terms)
    return found
