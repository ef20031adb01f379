"""Spelling suggestions from the index vocabulary ("Bedoelde u: spreidingswet?").

A word of the query that the index does not know (:func:`lrt_search.search.unread.find_unread`)
gets the closest word of the minutes as a suggestion: the surface word at the smallest
Damerau-Levenshtein distance (``editdistpy``, transpositions count as one edit), at most
:data:`Settings.spelling_max_edits` edits (one for words up to five letters), ties broken by how
often the word occurs. The vocabulary is the minutes' own words, read once per engine.
"""

from __future__ import annotations

import re
import weakref
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from editdistpy import damerau_osa

from ..lexicon.textnorm import fold_accents
from .unread import find_unread

if TYPE_CHECKING:
    from .retriever import Retriever

_WORD = re.compile(r"[^\W\d_][\w-]*[^\W\d_]", re.UNICODE)
_VOCABULARY: weakref.WeakKeyDictionary[object, dict[int, Counter[str]]] = (
    weakref.WeakKeyDictionary()
)
#: "Did you mean" in the query's language.
DID_YOU_MEAN = {"nl": "Bedoelde u", "en": "Did you mean"}


@dataclass(frozen=True)
class Suggestion:
    """An unknown ``word`` of a query, the known ``suggestion`` and the corrected ``query``."""

    word: str
    suggestion: str
    query: str

    def to_dict(self) -> dict[str, str]:
        """JSON form (``"suggestions"`` of ``search --json`` and ``ask --json``)."""
        return {"word": self.word, "suggestion": self.suggestion, "query": self.query}


def vocabulary(retriever: Retriever) -> dict[int, Counter[str]]:
    """The minutes' words (lowercase) with their counts, by length; read once per retriever."""
    cached = _VOCABULARY.get(retriever)
    if cached is not None:
        return cached
    counts: Counter[str] = Counter()
    for chunk in retriever.chunks:
        counts.update(w.lower() for w in _WORD.findall(chunk.text))
    by_length: dict[int, Counter[str]] = {}
    for word, n in counts.items():
        by_length.setdefault(len(word), Counter())[word] = n
    _VOCABULARY[retriever] = by_length
    return by_length


def closest_word(word: str, words: dict[int, Counter[str]], max_edits: int) -> str | None:
    """The word of ``words`` closest to ``word`` (see the module docstring), or None."""
    key = word.lower()
    limit = 1 if len(key) <= 5 else max_edits
    best: tuple[int, int, str] | None = None
    for length in range(len(key) - limit, len(key) + limit + 1):
        for candidate, count in words.get(length, Counter()).items():
            if candidate == key:
                return None  # known as written
            distance = damerau_osa.distance(key, candidate, limit)
            if distance < 0 or (distance == 0 and fold_accents(candidate) != fold_accents(key)):
                continue
            if best is None or (distance, -count) < (best[0], -best[1]):
                best = (distance, count, candidate)
    return best[2] if best else None


def suggest(retriever: Retriever, query: str) -> list[Suggestion]:
    """A suggestion for each word of ``query`` that the index does not know and that lies
    within the edit limit of a word of the minutes; each carries the query with all the
    suggestions so far applied."""
    found = find_unread(
        query, retriever.orgs, retriever.glossary, retriever.analyzer, retriever.bm25.terms
    )
    unknown = [w for u in found if u.kind == "words" for w in u.text.split(", ")]
    if not unknown or retriever.settings.spelling_max_edits < 1:  # 0: no suggestions
        return []
    words = vocabulary(retriever)
    max_edits = retriever.settings.spelling_max_edits
    corrected = query
    out = []
    for word in unknown:
        if len(word) < retriever.settings.spelling_min_chars:
            continue
        better = closest_word(word, words, max_edits)
        if better is None:
            continue
        corrected = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", better, corrected)
        out.append(Suggestion(word, better, corrected))
    return out
