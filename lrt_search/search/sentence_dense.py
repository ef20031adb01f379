"""Sentence evidence for the dense ranking: a chunk scored by its best statement as well as by
itself, reading the statement vectors of the candidate chunks only (memory and time stay flat
at 100k chunks)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from ..index.npyfile import read_row_runs

if TYPE_CHECKING:
    from .retriever import Retriever


def rescored_ranking(
    retriever: Retriever, query_vec: np.ndarray, depth: int, allowed: np.ndarray | None
) -> list[tuple[int, float]]:
    """The dense ranking: the chunk-level candidates rescored with sentence evidence (their
    best statement row, and their best sentence row with ``sentence_rows``). Reads the rows of
    ``sentence_pool`` chunks only, not of the whole index (memory and time stay flat at 100k
    chunks); a corpus smaller than the pool is rescored whole."""
    weight = retriever.settings.sentence_weight
    vectors, offsets = retriever.statement_vectors, retriever.statement_offsets
    if weight <= 0 or len(vectors) < offsets[-1]:
        return retriever.vectors.search(query_vec, depth, allowed)
    pool = retriever.vectors.search(
        query_vec, max(depth, retriever.settings.sentence_pool), allowed
    )
    if not pool:
        return []
    rows = np.fromiter((row for row, _ in pool), dtype=np.int64, count=len(pool))
    chunk = np.fromiter((score for _, score in pool), dtype=np.float32, count=len(pool))
    sentences = retriever.sentence_rows  # setting sentence_rows (None: off)
    scores = sentence_dense_scores(vectors, offsets, rows, chunk, query_vec, weight, sentences)
    order = np.lexsort((rows, -scores))[:depth]
    return [(int(rows[i]), float(scores[i])) for i in order]


def _best_rows(
    vectors: np.ndarray, offsets: np.ndarray, rows: np.ndarray, query_vec: np.ndarray
) -> np.ndarray:
    """Each chunk of ``rows``' best cosine over its rows of ``vectors`` (-inf without any)."""
    starts, ends = offsets[rows], offsets[rows + 1]
    has = ends > starts
    best = np.full(len(rows), -np.inf, dtype=np.float32)
    if has.any():
        lengths = (ends - starts)[has]
        scores = read_row_runs(vectors, starts[has], lengths) @ query_vec
        firsts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
        best[has] = np.maximum.reduceat(scores, firsts)
    return best


def sentence_dense_scores(
    statement_vectors: np.ndarray,
    statement_offsets: np.ndarray,
    rows: np.ndarray,
    chunk: np.ndarray,
    query_vec: np.ndarray,
    weight: float,
    sentence_rows: tuple[np.ndarray, np.ndarray] | None = None,
) -> np.ndarray:
    """Dense score of the chunks ``rows`` (with chunk cosines ``chunk``):
    ``(1 - weight) * cos(chunk) + weight * max cos(its statements)``; a chunk without
    statements keeps its own cosine. Chunk ``i``'s statements are the rows
    ``statement_offsets[i]`` to ``statement_offsets[i + 1]`` of ``statement_vectors``.
    ``sentence_rows`` (vectors, per-chunk offsets; setting ``sentence_rows``): the max is
    taken over the chunk's sentence rows as well."""
    starts, ends = statement_offsets[rows], statement_offsets[rows + 1]
    has = ends > starts
    best = chunk.copy()
    if has.any():
        lengths = (ends - starts)[has]
        statement = read_row_runs(statement_vectors, starts[has], lengths) @ query_vec
        firsts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
        best[has] = np.maximum.reduceat(statement, firsts)
    if sentence_rows is not None:
        best = np.where(has, np.maximum(best, _best_rows(*sentence_rows, rows, query_vec)), best)
    return (1.0 - weight) * chunk + weight * best
