"""Fuse the rankings of several retrievers: weighted RRF or a convex combination of scores,
then the lexical guarantee.

The lexical guarantee (:func:`lexical_first`): a chunk that matches the query's terms never
ranks below one that matches none of them only because of dense similarity. Fusion decides the
order *within* the matching chunks and *within* the non-matching ones; every matching chunk
comes first. Only ``mode=dense`` (the user's explicit choice) is exempt.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

import numpy as np

#: One retriever's ranking: (document index, score), best first.
Ranking = Sequence[tuple[int, float]]


def reciprocal_rank_fusion(
    rankings: Mapping[str, Ranking], weights: Mapping[str, float], k: int = 60
) -> list[tuple[int, float]]:
    """Weighted RRF: ``score(d) = sum_r w_r / (k + rank_r(d))`` (ranks from 1), best first."""
    fused: dict[int, float] = {}
    for name, ranking in rankings.items():
        weight = weights.get(name, 1.0)
        for rank, (doc, _) in enumerate(ranking, start=1):
            fused[doc] = fused.get(doc, 0.0) + weight / (k + rank)
    return sorted(fused.items(), key=lambda item: (-item[1], item[0]))


def _min_max(ranking: Ranking) -> dict[int, float]:
    if not ranking:
        return {}
    scores = [score for _, score in ranking]
    low, high = min(scores), max(scores)
    span = high - low
    return {doc: (score - low) / span if span > 0 else 1.0 for doc, score in ranking}


def _by_max(ranking: Ranking) -> dict[int, float]:
    """``score / max``: the weakest positive match keeps a positive share (min-max sends it
    to 0, where any dense score beats it)."""
    if not ranking:
        return {}
    high = max(score for _, score in ranking)
    return {doc: score / high if high > 0 else 0.0 for doc, score in ranking}


def _as_is(ranking: Ranking) -> dict[int, float]:
    return dict(ranking)


def convex_combination(
    rankings: Mapping[str, Ranking],
    weights: Mapping[str, float],
    max_normalised: Collection[str] = (),
    as_is: Collection[str] = (),
) -> list[tuple[int, float]]:
    """``score(d) = sum_r w_r * norm_r(d)``; a document missing from a ranking gets 0 there.

    ``norm_r`` is min-max, ``score / max`` for the rankings named in ``max_normalised``
    (BM25, whose scores are positive with a meaningful zero), or the score itself for those
    named in ``as_is`` (already in [0, 1])."""
    fused: dict[int, float] = {}
    for name, ranking in rankings.items():
        weight = weights.get(name, 1.0)
        normalise = _by_max if name in max_normalised else _min_max
        if name in as_is:
            normalise = _as_is
        for doc, score in normalise(ranking).items():
            fused[doc] = fused.get(doc, 0.0) + weight * score
    return sorted(fused.items(), key=lambda item: (-item[1], item[0]))


def lexical_first(
    fused: Sequence[tuple[int, float]], matched: Collection[int], step: float = 1.0
) -> list[tuple[int, float]]:
    """The fused ranking with every lexically ``matched`` document before every other one.

    A matched document's score is raised by ``step``, which must exceed the spread of the
    fused scores (1 for a convex combination, whose scores lie in [0, 1]), so scores stay in
    rank order; the fused order is kept inside each group."""
    raised = [(doc, score + step if doc in matched else score) for doc, score in fused]
    return sorted(raised, key=lambda item: (-item[1], item[0]))


def top_positive(
    scores: np.ndarray, depth: int, mask: np.ndarray | None = None
) -> list[tuple[int, float]]:
    """The ``depth`` best positive ``scores`` (within ``mask``) as (row, score), best first
    (ties by row)."""
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    positive = np.flatnonzero(scores > 0)
    if len(positive) > depth:  # keep the best `depth` before sorting them
        positive = positive[np.argpartition(-scores[positive], depth - 1)[:depth]]
    order = positive[np.lexsort((positive, -scores[positive]))]
    return [(int(i), float(scores[i])) for i in order]
