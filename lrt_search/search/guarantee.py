"""The lexical guarantee, and which chunks it protects (rule ``guarantee_share``; 0: every match).

The lexical guarantee (:func:`lrt_search.search.fusion.lexical_first`) ranks the chunks that
match the query's terms above those that match none. For a keyword search that is what the
user wants (every chunk holding a rare word is shown); for a question in everyday words a match
on one common word ("komen", "plaats") says little, and it pushed the chunk that dense
similarity found, which shares no word with the question, below every such weak match. With
``guarantee_share`` > 0 a chunk is protected only when the query terms it holds carry at least
that share of the query's term weight (the sum of their idf); the others are fused like the
unmatched ones. A query of one term is unaffected (its only term is all of its weight).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np

from ..index.analysis import query_words, words
from ..index.base import SparseIndex
from .fusion import Ranking, lexical_first

if TYPE_CHECKING:
    from .retriever import Retriever


def bm25_terms(retriever: Retriever, query: str, extra: Sequence[str]) -> list[str]:
    """The BM25 terms of ``query`` and of its ``extra`` phrases; a search of several words
    leaves out Dutch light verbs (komen, krijgen, ...)."""
    analyzer, known = retriever.analyzer, retriever.bm25.terms
    light = retriever.settings.drop_light_verbs
    terms = analyzer.tokenize_query(query, known, drop_light_verbs=light)
    for phrase in extra:
        terms.extend(analyzer.tokenize_query(phrase, known))
    return terms


def protected(
    retriever: Retriever, query: str, extra: Sequence[str], rankings: Mapping[str, Ranking]
) -> set[int] | None:
    """The BM25 matches the guarantee protects under ``guarantee_share`` (None when it is 0:
    every match)."""
    share = retriever.settings.guarantee_share
    if share <= 0 or "bm25" not in rankings:
        return None
    found = (doc for doc, _ in rankings["bm25"])
    return guaranteed_rows(retriever.bm25, bm25_terms(retriever, query, extra), found, share)


def lexical_guarantee(
    retriever: Retriever, fused: Sequence[tuple[int, float]], matched: set[int], query: str
) -> list[tuple[int, float]]:
    """Score + 1 for a lexical match, + 1 more when the chunk holds every content word of
    the query as written (so that stemming cannot hide an exact match); headers and empty
    items only as lexical matches."""
    paddable = retriever._paddable
    kept = lexical_first([(d, v) for d, v in fused if d in matched or paddable[d]], matched)
    wanted = set(query_words(query))
    if wanted:
        exact = {d for d in matched if wanted <= set(words(retriever.chunks[d].text))}
        kept = lexical_first(kept, exact)
    return kept


def guaranteed_rows(
    index: SparseIndex, terms: Sequence[str], rows: Iterable[int], share: float
) -> set[int]:
    """The ``rows`` whose terms among ``terms`` carry at least ``share`` of the idf weight of
    ``terms`` (distinct terms the index holds); every row of ``rows`` when ``share`` is 0 or
    no term is indexed."""
    rows = list(rows)
    known = [t for t in dict.fromkeys(terms) if t in index.terms]
    if share <= 0 or not known or not rows:
        return set(rows)
    idf = index.idf
    weights = np.array([idf[t] for t in known], dtype=np.float64)
    picked = np.asarray(rows, dtype=np.int64)
    held = np.zeros(len(picked), dtype=np.float64)
    for term, weight in zip(known, weights, strict=True):
        held += weight * (index.scores([term])[picked] > 0)
    enough = held >= share * weights.sum() - 1e-9
    return {int(r) for r in picked[enough]}
