"""BM25 scoring with rank-bm25, stored as a sparse term-weight matrix for fast, pickle-free use.

``rank_bm25.BM25Okapi`` computes the statistics (idf with its epsilon floor, document lengths,
k1, b). Its per-query loop over every document is slow at 100k chunks, so the index keeps the
same scores as a CSR matrix ``W[doc, term]``: a query's scores are the sum of its terms'
columns, identical to ``BM25Okapi.get_scores``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path

import numpy as np
from rank_bm25 import BM25Okapi
from scipy import sparse


class BM25Index:
    """Okapi BM25 over pre-tokenized documents."""

    name = "bm25"

    def __init__(self, weights: sparse.csr_matrix, vocabulary: dict[str, int]) -> None:
        self.weights = weights.tocsc()
        self.vocabulary = vocabulary

    @classmethod
    def build(
        cls, documents: Sequence[Sequence[str]], k1: float = 1.2, b: float = 0.75
    ) -> BM25Index:
        """Compute BM25 statistics with rank-bm25 and store the per-term weights."""
        if not documents:
            return cls(sparse.csr_matrix((0, 0), dtype=np.float32), {})
        safe = [list(doc) if doc else ["\x00empty"] for doc in documents]
        model = BM25Okapi(safe, k1=k1, b=b)
        vocabulary: dict[str, int] = {}
        rows: list[int] = []
        cols: list[int] = []
        vals: list[float] = []
        lengths = np.asarray(model.doc_len, dtype=np.float64)
        norm = k1 * (1 - b + b * lengths / model.avgdl)
        for row, freqs in enumerate(model.doc_freqs):
            for term, f in freqs.items():
                col = vocabulary.setdefault(term, len(vocabulary))
                rows.append(row)
                cols.append(col)
                vals.append(model.idf[term] * f * (k1 + 1) / (f + norm[row]))
        weights = sparse.csr_matrix(
            (np.asarray(vals, dtype=np.float32), (rows, cols)),
            shape=(len(safe), len(vocabulary)),
        )
        return cls(weights, vocabulary)

    @property
    def n_docs(self) -> int:
        """Number of indexed documents."""
        return int(self.weights.shape[0])

    @cached_property
    def idf(self) -> dict[str, float]:
        """``log(1 + N / df)`` of every term (document frequency from the weight matrix)."""
        df = np.diff(self.weights.indptr)  # CSC: documents per term
        n = max(self.n_docs, 1)
        return {
            term: math.log(1 + n / max(int(df[col]), 1)) for term, col in self.vocabulary.items()
        }

    @property
    def terms(self) -> set[str]:
        """The indexed terms."""
        return set(self.vocabulary)

    def scores(self, query_terms: Sequence[str]) -> np.ndarray:
        """BM25 score of every document for ``query_terms`` (repeated terms count again)."""
        out = np.zeros(self.n_docs, dtype=np.float32)
        for term in query_terms:
            col = self.vocabulary.get(term)
            if col is None:
                continue
            start, end = self.weights.indptr[col], self.weights.indptr[col + 1]
            out[self.weights.indices[start:end]] += self.weights.data[start:end]
        return out

    def save(self, folder: Path) -> None:
        """Write ``bm25.npz`` and ``bm25_vocab.json`` into ``folder``."""
        sparse.save_npz(folder / "bm25.npz", self.weights.tocsr(), compressed=False)
        (folder / "bm25_vocab.json").write_text(
            json.dumps(self.vocabulary, ensure_ascii=False), encoding="utf-8"
        )

    @classmethod
    def load(cls, folder: Path) -> BM25Index:
        """Read an index written by :meth:`save` (no pickle involved)."""
        weights = sparse.load_npz(folder / "bm25.npz")
        vocabulary = json.loads((folder / "bm25_vocab.json").read_text(encoding="utf-8"))
        if weights.shape[1] != len(vocabulary):
            raise ValueError("bm25.npz and bm25_vocab.json disagree on the vocabulary size")
        return cls(weights.tocsr(), vocabulary)
