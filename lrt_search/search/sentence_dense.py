"""Sentence evidence for the dense ranking: a chunk scored by its best statement as well as by
itself, reading the statement vectors of the candidate chunks only (memory and time stay flat
at 100k chunks)."""

from __future__ import annotations

import numpy as np

from ..index.npyfile import read_row_runs


def sentence_dense_scores(
    statement_vectors: np.ndarray,
    statement_offsets: np.ndarray,
    rows: np.ndarray,
    chunk: np.ndarray,
    query_vec: np.ndarray,
    weight: float,
) -> np.ndarray:
    """Dense score of the chunks ``rows`` (with chunk cosines ``chunk``):
    ``(1 - weight) * cos(chunk) + weight * max cos(its statements)``; a chunk without
    statements keeps its own cosine. Chunk ``i``'s statements are the rows
    ``statement_offsets[i]`` to ``statement_offsets[i + 1]`` of ``statement_vectors``."""
    starts, ends = statement_offsets[rows], statement_offsets[rows + 1]
    has = ends > starts
    best = chunk.copy()
    if has.any():
        lengths = (ends - starts)[has]
        rows_read = read_row_runs(statement_vectors, starts[has], lengths)
        statement = rows_read @ query_vec
        firsts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
        best[has] = np.maximum.reduceat(statement, firsts)
    return (1.0 - weight) * chunk + weight * best
