"""BM25 scoring, stored as memory-mapped term-weight columns for fast, pickle-free use.

The weights are ``rank_bm25.BM25Okapi``'s (idf with its epsilon floor, document lengths, k1,
b), computed with NumPy at build time; rank-bm25 itself is only the tests' reference. Its
per-query loop over every document is slow at 100k chunks, so the index keeps the same scores
as a column-compressed matrix ``W[doc, term]`` in three NumPy
arrays (``indptr``, ``indices``, ``data``): a query's scores are the sum of its terms' columns,
identical to ``BM25Okapi.get_scores``. The arrays are memory-mapped at load and the vocabulary
(term -> column) is an indexed SQLite table, so opening the index reads neither.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Collection, Iterator, Mapping, Sequence
from pathlib import Path

import numpy as np

from ..affixes import REVERSED, reversed_rows
from ..integrity import verify_blocks
from ..lookup import TermTable, write_terms

#: rank-bm25's floor for a negative idf, as a fraction of the mean idf.
_EPSILON = 0.25
#: The files :meth:`BM25Index.save` writes.
FILES = ("bm25_indptr.npy", "bm25_indices.npy", "bm25_data.npy", "bm25_terms.sqlite", "bm25.json")


class BM25Index:
    """Okapi BM25 over pre-tokenized documents.

    ``indptr``/``indices``/``data`` hold the weight matrix by term (CSC): the documents of term
    column ``c`` are ``indices[indptr[c]:indptr[c+1]]`` with weights ``data[...]``.
    """

    name = "bm25"

    def __init__(
        self,
        indptr: np.ndarray,
        indices: np.ndarray,
        data: np.ndarray,
        vocabulary: Mapping[str, int],
        n_docs: int,
    ) -> None:
        self.indptr = indptr
        self.indices = indices
        self.data = data
        self.vocabulary = vocabulary
        self._n_docs = n_docs

    @classmethod
    def build(
        cls, documents: Sequence[Sequence[str]], k1: float = 1.2, b: float = 0.75
    ) -> BM25Index:
        """Okapi BM25 weights of every (document, term), as ``rank_bm25.BM25Okapi`` scores them:
        ``idf = log(N - df + 0.5) - log(df + 0.5)``, a negative idf replaced by
        ``0.25 * mean(idf)``, and ``tf * (k1 + 1) / (tf + k1 * (1 - b + b * len / avgdl))``
        (the tests check the scores against rank-bm25 itself)."""
        if not documents:
            empty = np.zeros(0, dtype=np.int32)
            return cls(np.zeros(1, np.int64), empty, np.zeros(0, np.float32), {}, 0)
        safe = [list(doc) if doc else ["\x00empty"] for doc in documents]
        vocabulary: dict[str, int] = {}
        rows: list[int] = []
        cols: list[int] = []
        freqs: list[int] = []
        for row, doc in enumerate(safe):
            for term, f in Counter(doc).items():
                rows.append(row)
                cols.append(vocabulary.setdefault(term, len(vocabulary)))
                freqs.append(f)
        row_arr = np.asarray(rows, dtype=np.int64)
        col_arr = np.asarray(cols, dtype=np.int64)
        tf = np.asarray(freqs, dtype=np.float64)
        n = len(safe)
        df = np.bincount(col_arr, minlength=len(vocabulary)).astype(np.float64)
        idf = np.log(n - df + 0.5) - np.log(df + 0.5)
        idf[idf < 0] = _EPSILON * idf.mean()
        lengths = np.asarray([len(doc) for doc in safe], dtype=np.float64)
        norm = k1 * (1 - b + b * lengths / lengths.mean())
        weights = idf[col_arr] * tf * (k1 + 1) / (tf + norm[row_arr])
        order = np.lexsort((row_arr, col_arr))
        indptr = np.zeros(len(vocabulary) + 1, dtype=np.int64)
        np.cumsum(np.bincount(col_arr, minlength=len(vocabulary)), out=indptr[1:])
        indices = row_arr.astype(np.int32)[order]
        data = weights.astype(np.float32)[order]
        return cls(indptr, indices, data, vocabulary, n)

    @property
    def n_docs(self) -> int:
        """Number of indexed documents."""
        return self._n_docs

    @property
    def idf(self) -> Mapping[str, float]:
        """``log(1 + N / df)`` of every term (document frequency from the weight matrix),
        computed per term on lookup."""
        return _Idf(self)

    @property
    def terms(self) -> Mapping[str, int]:
        """The indexed terms (a read-only mapping term -> column; use it as a container)."""
        return self.vocabulary

    def scores(self, query_terms: Sequence[str]) -> np.ndarray:
        """BM25 score of every document for ``query_terms`` (repeated terms count again)."""
        out = np.zeros(self.n_docs, dtype=np.float32)
        for term in query_terms:
            col = self.vocabulary.get(term)
            if col is None:
                continue
            _verified(self.indptr, col, col + 2)
            start, end = int(self.indptr[col]), int(self.indptr[col + 1])
            _verified(self.indices, start, end)
            _verified(self.data, start, end)
            out[self.indices[start:end]] += self.data[start:end]
        return out

    def rows_of(self, term: str) -> np.ndarray:
        """The documents (rows, ascending) whose terms hold ``term`` (its posting list; empty
        for a term no document holds)."""
        col = self.vocabulary.get(term)
        if col is None:
            return np.zeros(0, dtype=np.int64)
        _verified(self.indptr, col, col + 2)
        start, end = int(self.indptr[col]), int(self.indptr[col + 1])
        _verified(self.indices, start, end)
        return np.sort(np.asarray(self.indices[start:end], dtype=np.int64))

    def doc_count(self, terms: Collection[str]) -> int:
        """How many documents ``scores(sorted(terms))`` scores above 0 (the documents holding any
        of ``terms``, each once), counted from the terms' postings instead of an array of
        ``n_docs`` scores. A column's weights share its idf's sign: a column of weight 0 (idf 0)
        adds no document; a negative one (rank-bm25's floor on a corpus whose mean idf is
        negative) is counted through :meth:`scores`."""
        spans: list[tuple[int, int]] = []
        for col in sorted({c for t in terms if (c := self.vocabulary.get(t)) is not None}):
            _verified(self.indptr, col, col + 2)
            start, end = int(self.indptr[col]), int(self.indptr[col + 1])
            if start == end:
                continue
            _verified(self.data, start, start + 1)
            sign = float(self.data[start])
            if sign < 0:
                return int((self.scores(sorted(terms)) > 0).sum())
            if sign > 0:
                spans.append((start, end))
        if len(spans) < 2:
            return sum(end - start for start, end in spans)
        for start, end in spans:
            _verified(self.indices, start, end)
        return len(np.unique(np.concatenate([self.indices[s:e] for s, e in spans])))

    def save(self, folder: Path) -> None:
        """Write the weight arrays (``.npy``), the vocabulary (SQLite) and the sizes (JSON)."""
        np.save(folder / "bm25_indptr.npy", np.ascontiguousarray(self.indptr, dtype=np.int64))
        np.save(folder / "bm25_indices.npy", np.ascontiguousarray(self.indices, dtype=np.int32))
        np.save(folder / "bm25_data.npy", np.ascontiguousarray(self.data, dtype=np.float32))
        write_terms(folder / "bm25_terms.sqlite", self.vocabulary.items())
        write_terms(folder / "bm25_terms.sqlite", reversed_rows(self.vocabulary), REVERSED)
        (folder / "bm25.json").write_text(
            json.dumps({"n_docs": self.n_docs, "n_terms": len(self.indptr) - 1}), encoding="utf-8"
        )

    @classmethod
    def load(cls, folder: Path) -> BM25Index:
        """Open an index written by :meth:`save`: arrays memory-mapped, vocabulary in SQLite."""
        sizes = json.loads((folder / "bm25.json").read_text(encoding="utf-8"))
        indptr = np.load(folder / "bm25_indptr.npy", mmap_mode="r", allow_pickle=False)
        indices = np.load(folder / "bm25_indices.npy", mmap_mode="r", allow_pickle=False)
        data = np.load(folder / "bm25_data.npy", mmap_mode="r", allow_pickle=False)
        n_terms = int(sizes["n_terms"])
        if len(indptr) != n_terms + 1 or len(indices) != len(data) or int(indptr[-1]) != len(data):
            raise ValueError("bm25 arrays disagree on their sizes")
        vocabulary = TermTable(folder / "bm25_terms.sqlite")
        return cls(indptr, indices, data, vocabulary, int(sizes["n_docs"]))


def _verified(array: np.ndarray, start: int, end: int) -> None:
    """Check the blocks holding ``array[start:end]`` of a memory-mapped file against their
    CRCs before they are used (:func:`~lrt_search.index.integrity.verify_blocks`)."""
    filename = getattr(array, "filename", None)
    if filename:
        size = array.dtype.itemsize
        verify_blocks(
            filename, int(getattr(array, "offset", 0)) + start * size, (end - start) * size
        )


class _Idf(Mapping[str, float]):
    """``term -> log(1 + N / df)``, computed on lookup from the column sizes."""

    def __init__(self, index: BM25Index) -> None:
        self._index = index

    def __getitem__(self, term: str) -> float:
        col = self._index.vocabulary[term]
        df = int(self._index.indptr[col + 1] - self._index.indptr[col])
        return math.log(1 + max(self._index.n_docs, 1) / max(df, 1))

    def __iter__(self) -> Iterator[str]:
        return iter(self._index.vocabulary)

    def __len__(self) -> int:
        return len(self._index.vocabulary)
