"""Fusing the rankings of one search into hits: the sparse, dense and expansion rankings by the
setting ``fusion`` (learned, reciprocal rank fusion or a convex combination), then the lexical
and dense guarantees, cut at ``k`` (:meth:`lrt_search.search.retriever.Retriever.search`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..results import Hit
from .fusion import convex_combination, reciprocal_rank_fusion
from .guarantee import lexical_guarantee
from .hits import hits_of
from .learned import learned_fusion

if TYPE_CHECKING:
    from .retriever import Retriever


def fused_hits(
    retriever: Retriever,
    rankings: dict[str, list[tuple[int, float]]],
    k: int,
    mode: str,
    query: str = "",
) -> list[Hit]:
    """The ``k`` best hits of ``rankings`` (``mode``: hybrid, bm25 or dense); in a hybrid
    search the lexical guarantee keeps every BM25 match first."""
    s = retriever.settings
    if mode != "hybrid":
        fused = rankings[mode]
    elif s.fusion == "learned":
        fused = learned_fusion(retriever, rankings, query)  # search/learned.py
    elif s.fusion == "rrf":
        weights = {"bm25": s.bm25_weight, "dense": s.dense_weight}
        weights["expansion"] = s.expansion_weight  # search/expansion.py
        fused = reciprocal_rank_fusion(rankings, weights, s.rrf_k)
    else:
        weights = {"bm25": 1.0 - s.convex_alpha, "dense": s.convex_alpha}
        weights["expansion"] = s.expansion_weight  # search/expansion.py
        norm = s.bm25_normalisation
        by_max = {"max": ("bm25", "expansion"), "query": ("expansion",)}.get(norm, ())
        as_is = ("bm25",) if norm == "query" else ()
        fused = convex_combination(rankings, weights, by_max, as_is)
    if mode == "hybrid" and s.lexical_guarantee:
        matched = {doc for doc, _ in rankings["bm25"]}
        fused = lexical_guarantee(retriever, fused, matched, query)  # search/guarantee.py
    return hits_of(retriever.chunks, fused, rankings, k)  # search/hits.py
