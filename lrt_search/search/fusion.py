"""Fuse the rankings of several retrievers: weighted RRF or a convex combination of scores."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

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


def convex_combination(
    rankings: Mapping[str, Ranking], weights: Mapping[str, float]
) -> list[tuple[int, float]]:
    """``score(d) = sum_r w_r * minmax_r(d)``; a document missing from a ranking gets 0 there."""
    fused: dict[int, float] = {}
    for name, ranking in rankings.items():
        weight = weights.get(name, 1.0)
        for doc, score in _min_max(ranking).items():
            fused[doc] = fused.get(doc, 0.0) + weight * score
    return sorted(fused.items(), key=lambda item: (-item[1], item[0]))
