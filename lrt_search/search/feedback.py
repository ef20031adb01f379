"""Pseudo-relevance feedback (issue 21): a second search informed by the first one's best
passages, for questions whose words differ from the minutes'.

Two rules, each off by default (docs/settings.md):

- ``feedback_dense`` (dense Rocchio): the query vector moved toward the mean vector of the
  first hybrid search's ``feedback_depth`` best chunks, ``q' = a q + (1 - a) mean`` with
  ``a = 1 - feedback_dense``, normalised, and the dense ranking searched again with it.
- ``feedback_terms_weight`` (RM3-style terms): the ``feedback_terms`` indexed terms (Dutch
  stems, stopwords out, the question's own terms out) of highest tf-idf in those chunks, each
  weighted by its share of that tf-idf, scored by BM25 as a ranking of their own, fused at
  this weight. A chunk matching only a feedback term is no lexical match for the guarantee.

The first search is the ordinary hybrid fusion with its lexical guarantee (what the user would
see), so the feedback chunks are the ones the answer would read first.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from .fusion import top_positive

if TYPE_CHECKING:
    from .retriever import Retriever

Ranking = list[tuple[int, float]]


def feedback_on(retriever: Retriever) -> bool:
    """Whether either feedback rule is on."""
    s = retriever.settings
    return s.feedback_dense > 0 or s.feedback_terms_weight > 0


def first_rows(
    retriever: Retriever, rankings: dict[str, Ranking], query: str, guarded: set[int] | None
) -> list[int]:
    """The rows of the first hybrid search's ``feedback_depth`` best chunks."""
    hits = retriever._fuse(rankings, retriever.settings.feedback_depth, "hybrid", query, guarded)
    return [retriever.chunks.row_of(hit.chunk_id) for hit in hits]


def rocchio(query_vec: np.ndarray, centroid: np.ndarray | None, shift: float) -> np.ndarray:
    """``(1 - shift) * query_vec + shift * centroid``, normalised to unit length (``query_vec``
    itself when ``centroid`` is None)."""
    if centroid is None:
        return query_vec
    moved = (1.0 - shift) * np.asarray(query_vec, dtype=np.float32) + shift * centroid
    norm = float(np.linalg.norm(moved))
    return (moved / norm if norm > 0 else moved).astype(np.float32)


def centroid(retriever: Retriever, rows: Sequence[int]) -> np.ndarray:
    """The mean chunk vector of ``rows``."""
    return np.asarray(retriever.vectors.vectors()[np.asarray(rows)], dtype=np.float32).mean(axis=0)


def feedback_terms(retriever: Retriever, query: str, rows: Sequence[int]) -> dict[str, float]:
    """The ``feedback_terms`` indexed terms of highest tf-idf in the chunks of ``rows`` that
    ``query`` lacks, each with its share of their summed tf-idf."""
    bm25 = retriever.bm25
    own = set(retriever.analyzer.tokenize_query(query, bm25.terms))
    idf = bm25.idf
    weights: dict[str, float] = {}
    for row in rows:
        tokens = retriever.analyzer.tokenize(retriever.chunks[row].text)
        for term, count in Counter(tokens).items():
            if term not in own and term in bm25.terms and idf[term] > 0:
                weights[term] = weights.get(term, 0.0) + count / max(len(tokens), 1) * idf[term]
    n = retriever.settings.feedback_terms
    top = sorted(weights.items(), key=lambda tw: (-tw[1], tw[0]))[:n]  # ties by term
    total = sum(w for _, w in top)
    return {t: w / total for t, w in top} if total > 0 else {}


def terms_ranking(
    retriever: Retriever, terms: dict[str, float], depth: int, mask: np.ndarray | None
) -> Ranking:
    """The BM25 ranking of the weighted feedback ``terms``."""
    scores = np.zeros(retriever.bm25.n_docs, dtype=np.float32)
    for term, weight in terms.items():
        scores += weight * retriever.bm25.scores([term])
    return top_positive(scores, depth, mask)


def with_feedback(
    retriever: Retriever,
    query: str,
    rankings: dict[str, Ranking],
    where: tuple[int, np.ndarray | None, np.ndarray | None, list[str]],
    guarded: set[int] | None,
) -> dict[str, Ranking]:
    """``rankings`` with the dense ranking searched again from the moved query vector
    (``feedback_dense``) and a ``feedback`` ranking of the first search's terms
    (``feedback_terms_weight``); unchanged when both are off or a ranking is missing.
    ``where`` is (depth, mask, allowed rows, the query's extra BM25 terms)."""
    s = retriever.settings
    if not feedback_on(retriever) or "bm25" not in rankings or "dense" not in rankings:
        return rankings
    rows = first_rows(retriever, rankings, query, guarded)
    if not rows:
        return rankings
    depth, mask, allowed, extra = where
    out = dict(rankings)
    if s.feedback_dense > 0:
        toward = centroid(retriever, rows)
        out["dense"] = retriever._dense_ranking(query, depth, allowed, extra, toward)
    if s.feedback_terms_weight > 0:
        terms = feedback_terms(retriever, query, rows)
        if terms:
            out["feedback"] = terms_ranking(retriever, terms, depth, mask)
    return out
