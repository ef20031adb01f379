"""Dense vectors: exact inner-product search over L2-normalised vectors with FAISS's kernel.

The vectors live in a ``.npy`` file that is memory-mapped at load (nothing is read until a
search touches it); FAISS's exact brute-force search (``faiss.knn``, the kernel of
``IndexFlatIP``) runs on the mapped array directly. The choice of search lives only here: an
approximate index (HNSW, IVF) can replace it at scale without touching the rest of the engine.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from types import ModuleType

import numpy as np

from ..integrity import verify_blocks

FILE = "vectors.npy"


@cache
def _faiss() -> ModuleType:
    """FAISS, imported on first search (0.1-0.25 s): commands that open an index without
    searching it (``decisions``) never load it."""
    import faiss

    # One query at a time gains nothing from threads, and FAISS's OpenMP pool fights the one of
    # the query embedder over the two cores (measured: dense p50 at 100k chunks 29.5 -> 16.7 ms).
    # Set on first use, not at import, so importing the package changes no global state.
    faiss.omp_set_num_threads(1)
    return faiss


class VectorIndex:
    """Cosine-similarity search over chunk vectors, with an optional allow-list applied first."""

    name = "faiss-flat"

    def __init__(self, vectors: np.ndarray) -> None:
        if vectors.ndim != 2 or vectors.dtype != np.float32:
            raise ValueError(f"vectors must be a float32 (n, dim) array, not {vectors.dtype}")
        self._vectors = vectors
        self._blocks_checked = False

    @classmethod
    def build(cls, vectors: np.ndarray) -> VectorIndex:
        """An exact inner-product index over ``vectors`` (n, dim), assumed L2-normalised."""
        return cls(np.ascontiguousarray(vectors, dtype=np.float32))

    @property
    def dim(self) -> int:
        """Vector dimension."""
        return int(self._vectors.shape[1])

    def __len__(self) -> int:
        return int(self._vectors.shape[0])

    def search(
        self, query: np.ndarray, k: int, allowed: np.ndarray | None = None
    ) -> list[tuple[int, float]]:
        """The ``k`` nearest vectors as (row, similarity), best first.

        ``allowed`` (row ids) restricts the search *before* the top-k cut, so a filter never
        leaves fewer than ``k`` results while more matching rows exist.
        """
        if len(self) == 0 or k <= 0:
            return []
        if not self._blocks_checked:  # every row is read: check the file's blocks once
            filename = getattr(self._vectors, "filename", None)
            if filename:
                verify_blocks(filename, 0, os.path.getsize(filename))
            self._blocks_checked = True
        if allowed is not None:
            return self._search_allowed(query, k, np.asarray(allowed, dtype=np.int64))
        faiss = _faiss()
        query = np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32)
        k = min(k, len(self))
        scores, rows = faiss.knn(query, self._vectors, k, metric=faiss.METRIC_INNER_PRODUCT)
        found = rows[0][rows[0] >= 0]
        return [(int(r), float(s)) for r, s in zip(found, scores[0], strict=False)]

    def _search_allowed(
        self, query: np.ndarray, k: int, allowed: np.ndarray
    ) -> list[tuple[int, float]]:
        """Exact search over the ``allowed`` rows without copying them (copying them cost a
        133 MiB transient per filtered query at 100k rows): FAISS's brute-force kernel with a
        bitmap selector reads the memory-mapped rows in place and scores only those allowed."""
        if len(allowed) == 0:
            return []
        faiss = _faiss()
        n = len(self)
        mask = np.zeros(n, dtype=bool)
        mask[allowed] = True
        bits = np.packbits(mask, bitorder="little")
        selector = faiss.IDSelectorBitmap(n, faiss.swig_ptr(bits))
        k = min(k, int(mask.sum()))
        q = np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32)
        base = np.asarray(self._vectors)
        if not base.flags.c_contiguous:
            base = np.ascontiguousarray(base)
        scores = np.empty((1, k), dtype=np.float32)
        rows = np.empty((1, k), dtype=np.int64)
        faiss.knn_inner_product(
            faiss.swig_ptr(q),
            faiss.swig_ptr(base),
            q.shape[1],
            1,
            n,
            k,
            faiss.swig_ptr(scores),
            faiss.swig_ptr(rows),
            selector,
        )
        del selector, bits  # the selector points into ``bits``
        found = rows[0] >= 0
        return [(int(r), float(s)) for r, s in zip(rows[0][found], scores[0][found], strict=True)]

    def vectors(self) -> np.ndarray:
        """All stored vectors, (n, dim) (memory-mapped when the index was loaded)."""
        return self._vectors

    def save(self, folder: Path) -> None:
        """Write the vectors to ``folder/vectors.npy``."""
        np.save(folder / FILE, np.ascontiguousarray(self._vectors, dtype=np.float32))

    @classmethod
    def load(cls, folder: Path) -> VectorIndex:
        """Memory-map the vectors written by :meth:`save`."""
        return cls(np.load(folder / FILE, mmap_mode="r", allow_pickle=False))
