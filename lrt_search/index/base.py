"""What the retriever needs of an index backend: the sparse and dense index protocols.

A backend is a class with these methods; :mod:`lrt_search.index.backends` maps a name in the
settings (``sparse_backend``, ``dense_backend``) to the class. Adding a backend (say SQLite FTS,
LanceDB or HNSW) is one new module under ``backends/`` and one line in that registry.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np


@runtime_checkable
class SparseIndex(Protocol):
    """A term-weighted index over pre-tokenized documents (BM25 and kin)."""

    #: Short name recorded in the manifest.
    name: str

    @classmethod
    def build(
        cls, documents: Sequence[Sequence[str]], k1: float = 1.2, b: float = 0.75
    ) -> SparseIndex:
        """Index ``documents`` (one list of terms each)."""
        ...

    @property
    def n_docs(self) -> int:
        """Number of indexed documents."""
        ...

    @property
    def idf(self) -> Mapping[str, float]:
        """Inverse document frequency of every indexed term (a dict or a lazy mapping)."""
        ...

    @property
    def terms(self) -> Collection[str]:
        """The indexed terms (a set, or a stored table: use it as a container)."""
        ...

    def scores(self, query_terms: Sequence[str]) -> np.ndarray:
        """One score per document for ``query_terms`` (0 where none matches)."""
        ...

    def doc_count(self, terms: Collection[str]) -> int:
        """How many documents :meth:`scores` of ``terms`` scores above 0."""
        ...

    def save(self, folder: Path) -> None:
        """Write the index into ``folder`` (no pickle)."""
        ...

    @classmethod
    def load(cls, folder: Path) -> SparseIndex:
        """Read an index written by :meth:`save`."""
        ...


@runtime_checkable
class DenseIndex(Protocol):
    """Nearest-neighbour search over L2-normalised vectors, one per document."""

    name: str

    @classmethod
    def build(cls, vectors: np.ndarray) -> DenseIndex:
        """Index ``vectors`` (n, dim)."""
        ...

    @property
    def dim(self) -> int:
        """Vector dimension."""
        ...

    def __len__(self) -> int: ...

    def search(
        self, query: np.ndarray, k: int, allowed: np.ndarray | None = None
    ) -> list[tuple[int, float]]:
        """The ``k`` best rows as (row, similarity), best first; ``allowed`` filters first."""
        ...

    def vectors(self) -> np.ndarray:
        """All stored vectors (n, dim)."""
        ...

    def save(self, folder: Path) -> None:
        """Write the index into ``folder`` (no pickle)."""
        ...

    @classmethod
    def load(cls, folder: Path) -> DenseIndex:
        """Read an index written by :meth:`save`."""
        ...
