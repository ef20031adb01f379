"""Semantic evidence: how far a statement stands out from the rest of the minutes in its e5
similarity to a question.

e5-small's cosines sit in a narrow band (0.80-0.87 for most statements and questions), so a
fixed cosine says little. The floor is per question: the mean and spread of the cosines of the
statements of the ``sentence_pool`` chunks nearest to it (every statement of a corpus smaller
than the pool). A statement's evidence is its z-score over that floor.

:func:`pool_statements` serves the topic gate's stand-out test
(:mod:`lrt_search.answer.topic_discussed`); :func:`quote_standout` is measured as a feature of
the confidence (``python eval/calibrate.py --extra semantic``) and not part of the model: it
did not earn a place (docs/development.md, "Semantic evidence").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from ..index.npyfile import read_row_runs

if TYPE_CHECKING:
    from ..search.retriever import Retriever


def pool_statements(
    retriever: Retriever, vector: np.ndarray
) -> tuple[list[int], list[int], np.ndarray] | None:
    """The rows of the ``sentence_pool`` chunks nearest ``vector`` that hold statements, their
    statement counts, and the cosine of each of their statements to ``vector`` (in row order);
    ``None`` when the index has no statement vectors or no such chunk."""
    offsets = retriever.statement_offsets
    if len(retriever.statement_vectors) < offsets[-1]:
        return None
    pool = retriever.vectors.search(vector, retriever.settings.sentence_pool, None)
    rows = np.array(sorted(row for row, _ in pool), dtype=np.int64)
    starts, ends = offsets[rows], offsets[rows + 1]
    has = ends > starts
    rows, starts, lengths = rows[has], starts[has], (ends - starts)[has]
    if not len(rows):
        return None
    sims = read_row_runs(retriever.statement_vectors, starts, lengths) @ vector
    return rows.tolist(), lengths.tolist(), sims


def floor(retriever: Retriever, question: str) -> tuple[float, float] | None:
    """The mean and spread of the cosines of the pool's statements to ``question`` (``None``:
    no statement vectors, or fewer than two statements)."""
    pooled = pool_statements(retriever, retriever.query_vector(question))
    if pooled is None or len(pooled[2]) < 2 or float(pooled[2].std()) == 0.0:
        return None
    return float(pooled[2].mean()), float(pooled[2].std())


def quote_standout(retriever: Retriever, question: str, chunk_id: str, quote: str) -> float:
    """The z-score of the cosine to ``question`` of the statement of chunk ``chunk_id`` that
    ``quote`` starts with, over the question's floor (0.0 when it cannot be computed: no
    statement vectors, an unknown chunk, a quote of no statement such as a header's lines)."""
    spread = floor(retriever, question)
    if spread is None:
        return 0.0
    try:
        chunk = retriever.chunks[retriever.chunks.row_of(chunk_id)]
    except KeyError:
        return 0.0
    index = next((i for i, s in enumerate(chunk.statements) if quote.startswith(s.text)), None)
    if index is None:
        return 0.0
    vector = retriever.statement_vectors_of(chunk)[index]
    return (float(vector @ retriever.query_vector(question)) - spread[0]) / spread[1]
