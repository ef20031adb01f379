"""The FAISS flat backend: exact cosine search, filters before the cut, save/load round trip."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from lrt_search.errors import ConfigError
from lrt_search.index.backends import make_dense, make_sparse
from lrt_search.index.backends.faiss_flat import VectorIndex
from lrt_search.index.base import DenseIndex, SparseIndex


def _unit(rows: np.ndarray) -> np.ndarray:
    return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)


@pytest.fixture
def vectors() -> np.ndarray:
    rng = np.random.default_rng(7)
    return _unit(rng.normal(size=(50, 16)))


def test_search_is_exact_cosine(vectors: np.ndarray) -> None:
    index = VectorIndex.build(vectors)
    query = vectors[11] + 0.01
    hits = index.search(query, 5)
    expected = np.argsort(-(vectors @ query))[:5]
    assert [row for row, _ in hits] == list(expected)
    assert hits[0][1] == pytest.approx(float(vectors[11] @ query), rel=1e-5)


def test_allowed_rows_filter_before_the_cut(vectors: np.ndarray) -> None:
    index = VectorIndex.build(vectors)
    allowed = np.array([3, 30, 40])
    hits = index.search(vectors[0], 10, allowed)
    assert sorted(row for row, _ in hits) == [3, 30, 40]
    assert index.search(vectors[0], 10, np.array([], dtype=np.int64)) == []


def test_save_load_round_trip(vectors: np.ndarray, tmp_path: Path) -> None:
    index = VectorIndex.build(vectors)
    index.save(tmp_path)
    loaded = VectorIndex.load(tmp_path)
    assert len(loaded) == 50 and loaded.dim == 16
    np.testing.assert_allclose(loaded.vectors(), vectors, rtol=1e-6)
    assert loaded.search(vectors[7], 3) == index.search(vectors[7], 3)


def test_empty_index_returns_nothing() -> None:
    index = VectorIndex.build(np.zeros((0, 8), dtype=np.float32))
    assert len(index) == 0
    assert index.search(np.ones(8, dtype=np.float32), 3) == []
    assert index.vectors().shape == (0, 8)


def test_registry_gives_protocol_classes() -> None:
    assert isinstance(VectorIndex.build(np.eye(4, dtype=np.float32)), DenseIndex)
    assert make_dense("faiss-flat") is VectorIndex
    sparse = make_sparse("bm25").build([["opvang", "gemeente"], ["huisvesting"]])
    assert isinstance(sparse, SparseIndex)
    with pytest.raises(ConfigError, match="unknown backend 'hnsw'"):
        make_dense("hnsw")


def test_filtered_search_scores_allowed_rows_in_place(tmp_path) -> None:
    """The allowed rows are searched where they lie (a memory map, no copy) and give exactly
    the results of a search over a copy of those rows."""
    import faiss

    rng = np.random.default_rng(11)
    vectors = rng.normal(size=(3000, 32)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    VectorIndex.build(vectors).save(tmp_path)
    index = VectorIndex.load(tmp_path)
    assert isinstance(index.vectors(), np.memmap)
    for share in (0.9, 0.2, 0.004):
        query = rng.normal(size=32).astype(np.float32)
        allowed = np.flatnonzero(rng.random(3000) < share)
        got = index.search(query, 50, allowed)
        k = min(50, len(allowed))
        scores, rows = faiss.knn(
            query[None], vectors[allowed], k, metric=faiss.METRIC_INNER_PRODUCT
        )
        assert [r for r, _ in got] == [int(allowed[i]) for i in rows[0]]
        assert np.allclose([s for _, s in got], scores[0], atol=1e-6)
        assert set(r for r, _ in got) <= set(allowed.tolist())
