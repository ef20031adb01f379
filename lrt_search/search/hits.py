"""The fused ranking as :class:`~lrt_search.results.Hit` objects, with each retriever's rank."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..models import Chunk
from ..results import Hit


def hits_of(
    chunks: Sequence[Chunk],
    fused: Sequence[tuple[int, float]],
    rankings: Mapping[str, Sequence[tuple[int, float]]],
    k: int,
) -> list[Hit]:
    """The first ``k`` of ``fused`` as hits, with their BM25 and dense ranks and dense score."""
    ranks = {name: {doc: r for r, (doc, _) in enumerate(rk, 1)} for name, rk in rankings.items()}
    dense_scores = dict(rankings.get("dense", []))
    return [
        Hit(
            chunk=chunks[doc],
            score=score,
            rank=rank,
            bm25_rank=ranks.get("bm25", {}).get(doc),
            dense_rank=ranks.get("dense", {}).get(doc),
            dense_score=dense_scores.get(doc),
        )
        for rank, (doc, score) in enumerate(fused[:k], start=1)
    ]
