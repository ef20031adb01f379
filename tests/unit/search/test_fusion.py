"""Fusion of rankings: weighted RRF and the convex combination of min-max normalised scores."""

from __future__ import annotations

import pytest

from lrt_search.search.fusion import convex_combination, reciprocal_rank_fusion


def test_rrf_adds_weighted_reciprocal_ranks() -> None:
    fused = reciprocal_rank_fusion(
        {"bm25": [(1, 9.0), (2, 5.0)], "dense": [(2, 0.9), (3, 0.8)]},
        {"bm25": 1.0, "dense": 1.0},
        k=60,
    )
    scores = dict(fused)
    assert scores[2] == pytest.approx(1 / 62 + 1 / 61)
    assert scores[1] == pytest.approx(1 / 61)
    assert scores[3] == pytest.approx(1 / 62)
    assert [doc for doc, _ in fused] == [2, 1, 3]


def test_rrf_weights_shift_the_order() -> None:
    rankings = {"bm25": [(1, 1.0)], "dense": [(2, 1.0)]}
    assert reciprocal_rank_fusion(rankings, {"bm25": 2.0, "dense": 1.0})[0][0] == 1
    assert reciprocal_rank_fusion(rankings, {"bm25": 1.0, "dense": 2.0})[0][0] == 2


def test_ties_break_by_document_index() -> None:
    fused = reciprocal_rank_fusion({"a": [(5, 1.0)], "b": [(3, 1.0)]}, {})
    assert [doc for doc, _ in fused] == [3, 5]


def test_convex_combination_normalises_each_ranking() -> None:
    fused = dict(
        convex_combination(
            {"bm25": [(1, 10.0), (2, 6.0), (3, 2.0)], "dense": [(3, 0.9), (1, 0.7)]},
            {"bm25": 0.6, "dense": 0.4},
        )
    )
    assert fused[1] == pytest.approx(0.6 * 1.0 + 0.4 * 0.0)
    assert fused[2] == pytest.approx(0.6 * 0.5)  # missing from dense: 0 there
    assert fused[3] == pytest.approx(0.6 * 0.0 + 0.4 * 1.0)


def test_convex_single_score_ranking_counts_fully() -> None:
    fused = convex_combination({"bm25": [(4, 3.0)]}, {"bm25": 1.0})
    assert fused == [(4, 1.0)]


def test_empty_rankings_fuse_to_nothing() -> None:
    assert convex_combination({"bm25": [], "dense": []}, {}) == []
    assert reciprocal_rank_fusion({}, {}) == []
