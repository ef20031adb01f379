"""Dense vectors in FAISS. Exact inner-product search (``IndexFlatIP``) over L2-normalised vectors.

The choice of FAISS index lives only here: an approximate index (HNSW, IVF) can replace the flat
one at scale without touching the rest of the engine.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import faiss
import numpy as np

FILE = "faiss.index"


@cache
def _single_threaded() -> None:
    # One query at a time gains nothing from threads, and FAISS's OpenMP pool fights the one of
    # the query embedder over the two cores (measured: dense p50 at 100k chunks 29.5 -> 16.7 ms).
    # Set on first use, not at import, so importing the package changes no global state.
    faiss.omp_set_num_threads(1)


class VectorIndex:
    """Cosine-similarity search over chunk vectors, with an optional allow-list applied first."""

    name = "faiss-flat"

    def __init__(self, index: faiss.Index) -> None:
        self.index = index
        _single_threaded()

    @classmethod
    def build(cls, vectors: np.ndarray) -> VectorIndex:
        """An exact inner-product index over ``vectors`` (n, dim), assumed L2-normalised."""
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        index = faiss.IndexFlatIP(vectors.shape[1])
        if len(vectors):
            index.add(vectors)
        return cls(index)

    @property
    def dim(self) -> int:
        """Vector dimension."""
        return int(self.index.d)

    def __len__(self) -> int:
        return int(self.index.ntotal)

    def search(
        self, query: np.ndarray, k: int, allowed: np.ndarray | None = None
    ) -> list[tuple[int, float]]:
        """The ``k`` nearest vectors as (row, similarity), best first.

        ``allowed`` (row ids) restricts the search *before* the top-k cut, so a filter never
        leaves fewer than ``k`` results while more matching rows exist.
        """
        if len(self) == 0 or k <= 0:
            return []
        query = np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32)
        params = None
        if allowed is not None:
            if len(allowed) == 0:
                return []
            ids = np.ascontiguousarray(allowed, dtype=np.int64)
            selector = faiss.IDSelectorBatch(len(ids), faiss.swig_ptr(ids))
            params = faiss.SearchParameters(sel=selector)  # type: ignore[call-arg]
            k = min(k, len(ids))
        k = min(k, len(self))
        scores, rows = self.index.search(query, k, params=params)
        return [(int(r), float(s)) for r, s in zip(rows[0], scores[0], strict=True) if r >= 0]

    def vectors(self) -> np.ndarray:
        """All stored vectors, (n, dim), read back from the index."""
        if len(self) == 0:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.asarray(self.index.reconstruct_n(0, len(self)), dtype=np.float32)

    def save(self, folder: Path) -> None:
        """Write the FAISS index to ``folder/faiss.index``."""
        faiss.write_index(self.index, str(folder / FILE))

    @classmethod
    def load(cls, folder: Path) -> VectorIndex:
        """Read an index written by :meth:`save`."""
        return cls(faiss.read_index(str(folder / FILE)))
