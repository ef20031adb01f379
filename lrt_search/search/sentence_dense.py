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
    penalty = hub_penalty(retriever)  # rule hub_penalty (None: off)
    sentences = retriever.sentence_rows  # setting sentence_rows (None: off)
    scores = sentence_dense_scores(
        vectors, offsets, rows, chunk, query_vec, weight, penalty, sentences
    )
    order = np.lexsort((rows, -scores))[:depth]
    return [(int(rows[i]), float(scores[i])) for i in order]


def hub_penalty(retriever: Retriever) -> np.ndarray | None:
    """Rule ``hub_penalty``'s value per statement row (None when off), computed once."""
    cached = retriever.__dict__.get("_hub_penalty", False)
    if cached is not False:
        return cached
    s, vectors = retriever.settings, retriever.statement_vectors
    penalty = None
    if s.hub_penalty > 0 and len(vectors) >= retriever.statement_offsets[-1]:
        penalty = s.hub_penalty * hubness(vectors, s.hub_k)
    retriever.__dict__["_hub_penalty"] = penalty
    return penalty


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
    penalty: np.ndarray | None = None,
    sentence_rows: tuple[np.ndarray, np.ndarray] | None = None,
) -> np.ndarray:
    """Dense score of the chunks ``rows`` (with chunk cosines ``chunk``):
    ``(1 - weight) * cos(chunk) + weight * max cos(its statements)``; a chunk without
    statements keeps its own cosine. Chunk ``i``'s statements are the rows
    ``statement_offsets[i]`` to ``statement_offsets[i + 1]`` of ``statement_vectors``.
    ``penalty`` (one value per statement, rule ``hub_penalty``) is subtracted from each
    statement's cosine first, and its mean from a chunk without statements.
    ``sentence_rows`` (vectors, per-chunk offsets; setting ``sentence_rows``): the max is
    taken over the chunk's sentence rows as well."""
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
    if sentence_rows is not None:
        best = np.where(has, np.maximum(best, _best_rows(*sentence_rows, rows, query_vec)), best)
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
