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
    penalty: np.ndarray | None = None,
) -> np.ndarray:
    """Dense score of the chunks ``rows`` (with chunk cosines ``chunk``):
    ``(1 - weight) * cos(chunk) + weight * max cos(its statements)``; a chunk without
    statements keeps its own cosine. Chunk ``i``'s statements are the rows
    ``statement_offsets[i]`` to ``statement_offsets[i + 1]`` of ``statement_vectors``.
    ``penalty`` (one value per statement, rule ``hub_penalty``) is subtracted from each
    statement's cosine first, and its mean from a chunk without statements."""
    starts, ends = statement_offsets[rows], statement_offsets[rows + 1]
    has = ends > starts
    best = chunk.copy()
    if penalty is not None and len(penalty):
        best[~has] -= float(penalty.mean())
    if has.any():
        lengths = (ends - starts)[has]
        rows_read = read_row_runs(statement_vectors, starts[has], lengths)
        statement = rows_read @ query_vec
        if penalty is not None:
            statement = statement - np.concatenate(
                [penalty[a:b] for a, b in zip(starts[has], ends[has], strict=True)]
            )
        firsts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
        best[has] = np.maximum.reduceat(statement, firsts)
    return (1.0 - weight) * chunk + weight * best


def hubness(statement_vectors: np.ndarray, k: int, sample: int = 4096) -> np.ndarray:
    """Each statement's mean cosine to its ``k`` nearest other statements (CSLS's hubness
    term: a statement close to everything scores high for every question). Against at most
    ``sample`` statements (a fixed random sample of a larger index), so a build stays linear."""
    vectors = np.asarray(statement_vectors, dtype=np.float32)
    n = len(vectors)
    if n < 2:
        return np.zeros(n, dtype=np.float32)
    picked = np.arange(n)
    if n > sample:
        picked = np.sort(np.random.default_rng(0).choice(n, sample, replace=False))
    k = min(k, len(picked) - 1)
    out = np.empty(n, dtype=np.float32)
    for start in range(0, n, 1024):
        own = np.arange(start, min(start + 1024, n))
        sims = vectors[own] @ vectors[picked].T
        at = np.minimum(np.searchsorted(picked, own), len(picked) - 1)
        itself = picked[at] == own  # a statement is not its own neighbour
        sims[np.flatnonzero(itself), at[itself]] = -np.inf
        out[own] = np.sort(sims, axis=1)[:, -k:].mean(axis=1)
    return out
