"""Sentence-level dense evidence: a chunk's dense score also uses its best statement."""

from __future__ import annotations

import numpy as np
import pytest

from lrt_search.service import Engine


def test_dense_score_mixes_chunk_and_best_statement(engine: Engine) -> None:
    weight = engine.settings.sentence_weight
    assert 0 < weight <= 1
    query = "waar sliepen mensen toen de opvang vol was"
    qv = engine.query_vector(query)
    hits = engine.search(query, k=5, mode="dense")
    for h in hits:
        chunk_cos = float(engine.vectors.vectors()[engine.chunks.index(h.chunk)] @ qv)
        statements = engine.statement_vectors_of(h.chunk)
        best = float((statements @ qv).max()) if len(statements) else chunk_cos
        assert h.score == pytest.approx((1 - weight) * chunk_cos + weight * best, abs=1e-5)


def test_weight_zero_is_the_chunk_vector_search(engine: Engine) -> None:
    plain = engine.with_settings(engine.settings.replace(sentence_weight=0.0))
    hits = plain.search("opvang Oekraïense ontheemden", k=5, mode="dense")
    qv = plain.query_vector("opvang Oekraïense ontheemden")
    scores = np.asarray(plain.vectors.vectors()) @ qv
    assert [h.chunk_id for h in hits] == [plain.chunks[i].chunk_id for i in np.argsort(-scores)[:5]]


def test_filters_apply_with_sentence_scores(engine: Engine) -> None:
    hits = engine.search("taakstelling", k=50, mode="dense", since="2025-01-01")
    assert hits and all(h.meeting_date.year == 2025 for h in hits)
