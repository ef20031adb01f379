"""Issue 21's dense probes of session 14 for eval/paraphrase_experiments.py: more rows per
chunk for the best-statement score (statement pairs, statements with their item title, the
sentences of long statements) and the query embedded as a passage too. Each is a context
manager that changes the engine for the length of a run and leaves it as it was."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np

from lrt_search.ingest.speakers import split_sentences
from lrt_search.service import Engine


def _normalised(x: np.ndarray) -> np.ndarray:
    return (x / np.linalg.norm(x, axis=-1, keepdims=True)).astype(np.float32)


def _added_texts(engine: Engine, how: str, short: int) -> tuple[list[str], list[int]]:
    """The texts of the rows added to each chunk, and how many each chunk gets."""
    texts: list[str] = []
    counts: list[int] = []
    for chunk in engine.chunks:
        own = [s.text for s in chunk.statements]
        if how == "sentences":
            parts = [split_sentences(t) for t in own]
            added = [x for sentences in parts if len(sentences) > 1 for x in sentences]
        elif how == "window":
            pairs = itertools.pairwise(own)
            added = [f"{a} {b}" for a, b in pairs if not short or len(b.split()) < short]
        else:
            added = [f"{chunk.item_title}. {t}" for t in own] if chunk.item_title else []
        texts += added
        counts.append(len(added))
    return texts, counts


@contextmanager
def extra_statement_rows(engine: Engine, how: str = "window", short: int = 0) -> Iterator[None]:
    """Rows added to each chunk's statement vectors: pairs of neighbouring statements
    (``how="window"``; with ``short``, only the pairs whose second statement has fewer than
    ``short`` words), each statement with its item title in front (``"title"``) or each
    sentence of a statement of two or more (``"sentences"``); the best-statement score takes
    the max over the old and the new rows."""
    saved = engine.statement_vectors, engine.statement_offsets
    old = np.asarray(saved[0], dtype=np.float32)
    texts, counts = _added_texts(engine, how, short)
    new = np.asarray(engine.embedder.embed_passages(texts), dtype=np.float32)
    rows, offsets, at = [], [0], 0
    for i, count in enumerate(counts):
        start, end = saved[1][i], saved[1][i + 1]
        rows += [old[start:end], new[at : at + count]]
        at += count
        offsets.append(offsets[-1] + (end - start) + count)
    engine.statement_vectors = np.concatenate(rows)
    engine.statement_offsets = np.asarray(offsets, dtype=np.int64)
    try:
        yield
    finally:
        engine.statement_vectors, engine.statement_offsets = saved


@contextmanager
def query_as_passage(engine: Engine, weight: float = 1.0) -> Iterator[None]:
    """The query vector averaged with the question embedded as a passage (``passage:``), so
    the question is also compared as a statement-like text (``weight``: the passage form's)."""
    query_vector = engine.query_vector

    def mixed(query: str) -> np.ndarray:
        passage = engine.embedder.embed_passages([query])[0]
        return _normalised(query_vector(query) + weight * passage)

    engine.query_vector = mixed  # type: ignore[method-assign]
    try:
        yield
    finally:
        del engine.query_vector
