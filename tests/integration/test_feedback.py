"""Pseudo-relevance feedback (search/feedback.py, issue 21): rules feedback_dense (Rocchio) and
feedback_terms_weight (RM3-style terms) on the bundled corpus."""

from __future__ import annotations

import numpy as np
import pytest

from lrt_search.errors import ConfigError
from lrt_search.index.analysis import dutch_stopwords
from lrt_search.search.feedback import centroid, feedback_terms, rocchio
from lrt_search.service import Engine

QUESTION = "Komen de plaatsen die wel meewerken zwaarder belast te zitten?"


def _rows(engine: Engine, question: str, k: int) -> list[int]:
    return [engine.chunks.row_of(h.chunk_id) for h in engine.search(question, k=k)]


def test_rocchio_moves_the_query_toward_the_centroid() -> None:
    rng = np.random.default_rng(0)
    query, toward = rng.normal(size=8).astype(np.float32), rng.normal(size=8).astype(np.float32)
    assert rocchio(query, None, 0.5) is query
    unit = query / np.linalg.norm(query)
    assert np.allclose(rocchio(query, toward, 0.0), unit, atol=1e-6)
    assert np.allclose(rocchio(query, toward, 1.0), toward / np.linalg.norm(toward), atol=1e-6)
    half = rocchio(unit, toward, 0.5)
    assert float(np.linalg.norm(half)) == pytest.approx(1.0, abs=1e-5)
    assert float(half @ toward) > float(unit @ toward)


def test_dense_feedback_searches_again_from_the_first_search(engine: Engine) -> None:
    # At shift 1 the question's own vector is gone: the dense ranking is the one of the
    # centroid of the first search's best chunks, so it ranks those chunks high.
    on = engine.with_settings(engine.settings.replace(feedback_dense=1.0, feedback_depth=3))
    first = _rows(engine, QUESTION, 3)
    mean = centroid(engine, first)
    nearest = {row for row, _ in engine.vectors.search(mean / np.linalg.norm(mean), 3)}
    hits = on.search(QUESTION, k=10)
    dense_first = min(hits, key=lambda h: h.dense_rank or 99)
    assert engine.chunks.row_of(dense_first.chunk_id) in nearest | set(first)
    plain = {h.chunk_id: h.dense_rank for h in engine.search(QUESTION, k=10)}
    assert {h.chunk_id: h.dense_rank for h in hits} != plain
    # dense mode alone has no first hybrid search to learn from: unchanged
    dense = [h.chunk_id for h in engine.search(QUESTION, k=10, mode="dense")]
    assert [h.chunk_id for h in on.search(QUESTION, k=10, mode="dense")] == dense


def test_feedback_terms_are_new_indexed_content_stems(engine: Engine) -> None:
    terms = feedback_terms(engine, QUESTION, _rows(engine, QUESTION, 5))
    assert len(terms) == engine.settings.feedback_terms
    assert sum(terms.values()) == pytest.approx(1.0)
    own = set(engine.analyzer.tokenize_query(QUESTION, engine.bm25.terms))
    assert all(t in engine.bm25.terms and t not in own for t in terms)
    assert not set(terms) & set(dutch_stopwords())
    assert list(terms.values()) == sorted(terms.values(), reverse=True)


def test_a_feedback_term_match_is_no_lexical_match(engine: Engine) -> None:
    # Even at a weight that lets the feedback terms outweigh everything, every chunk holding
    # a question term stays above every chunk matched only by a feedback term.
    on = engine.with_settings(engine.settings.replace(feedback_terms_weight=5.0))
    hits = on.search(QUESTION, k=30)
    matched = [h.bm25_rank is not None for h in hits]
    assert any(matched) and not all(matched)
    assert matched == sorted(matched, reverse=True)
    assert [h.chunk_id for h in hits] != [h.chunk_id for h in engine.search(QUESTION, k=30)]


def test_feedback_settings_are_checked(engine: Engine) -> None:
    for bad in ({"feedback_dense": 1.5}, {"feedback_depth": 0}, {"feedback_terms_weight": -1.0}):
        with pytest.raises(ConfigError, match=next(iter(bad))):
            engine.settings.replace(**bad)
