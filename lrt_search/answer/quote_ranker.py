"""Rule ``quote_ranker`` (issue 16): the candidate statements of an answer rescored by a linear
model over what is known of each, fitted by ``eval/fit_quote_ranker.py`` (never on the test split).

A candidate's score stays its cosine to the question plus the hand-set terms of
:mod:`lrt_search.answer.candidates`; the model adds ``sum(w_i * f_i)`` over :data:`FEATURES`:

- ``lexical``: the idf-weighted share of the question's terms it holds (again, so the fit can
  weigh it);
- ``rank``: ``1 / rank`` of its passage;
- ``item_margin``: its cosine minus the mean cosine of its item's other statements (a statement
  that stands out of its item, not one of an item that is close as a whole);
- ``topic_cos``: its cosine to the question's "about X" phrase alone (the question when none);
- ``heading``: the share of the question's terms its item heading holds;
- ``context``: the share of the question's terms the statements before and after it hold;
- ``length``: ``log`` of its number of words;
- ``speaker``: it is by a speaker the question asks about;
- ``spoken``: it names a speaker at all.

The score keeps the cosine's scale (its weight is 1), so ``answer_margin`` means what it meant.
Only the choice of quotes uses it: whether to answer, and the confidence, are decided on the
hand-set scores before (a higher score would otherwise raise the confidence of wrong answers).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

from ..models import Chunk
from ..results import Citation

if TYPE_CHECKING:
    from ..search.retriever import Retriever
    from .frame import Frame

FEATURES: tuple[str, ...] = (
    "lexical",
    "rank",
    "item_margin",
    "topic_cos",
    "heading",
    "context",
    "length",
    "speaker",
    "spoken",
)


def term_share(
    terms: Sequence[str], text: str, retriever: Retriever, idf: Mapping[str, float]
) -> float:
    """The idf-weighted share of ``terms`` that ``text`` holds (0 without terms)."""
    wanted = set(terms)
    total = sum(idf.get(t, 1.0) for t in wanted)
    if not total:
        return 0.0
    have = set(retriever.analyzer.tokenize(text))
    return sum(idf.get(t, 1.0) for t in wanted & have) / total


def _statement_index(chunk: Chunk, c: Citation) -> int:
    for i, s in enumerate(chunk.statements):
        if s.span == c.span and s.text == c.quote:
            return i
    return -1


def feature_rows(
    frame: Frame, candidates: Sequence[Citation], query_terms: Sequence[str]
) -> np.ndarray:
    """One row of :data:`FEATURES` per candidate (zeros for one that is no statement of a
    passage found, such as an attendee list)."""
    retriever = frame.retriever
    idf = retriever.bm25.idf
    query_vec = retriever.query_vector(frame.question)
    topic = frame.parsed.topic if frame.parsed is not None else ""
    topic_vec = retriever.query_vector(topic) if topic else query_vec
    hits = {h.chunk_id: h for h in frame.hits}
    cosines: dict[str, np.ndarray] = {}
    rows = np.zeros((len(candidates), len(FEATURES)), dtype=np.float64)
    for n, c in enumerate(candidates):
        hit = hits.get(c.chunk_id)
        i = _statement_index(hit.chunk, c) if hit is not None else -1
        if hit is None or i < 0:
            continue
        chunk = hit.chunk
        vectors = retriever.statement_vectors_of(chunk)
        if chunk.chunk_id not in cosines:
            cosines[chunk.chunk_id] = vectors @ query_vec
        cos = cosines[chunk.chunk_id]
        others = np.delete(cos, i)
        statements = chunk.statements
        near = [statements[j].text for j in (i - 1, i + 1) if 0 <= j < len(statements)]
        rows[n] = (
            c.lexical,
            1.0 / hit.rank,
            float(cos[i] - others.mean()) if len(others) else 0.0,
            float(vectors[i] @ topic_vec),
            term_share(query_terms, chunk.text.split("\n- ", 1)[0], retriever, idf),
            term_share(query_terms, " ".join(near), retriever, idf),
            math.log(max(1, len(c.quote.split()))),
            float(bool(frame.codes & set(c.speakers))),
            float(bool(c.speakers)),
        )
    return rows


def rescored(
    frame: Frame, candidates: list[Citation], query_terms: Sequence[str]
) -> list[Citation]:
    """``candidates`` with the model's terms added to their scores, best first
    (``Settings.quote_ranker``: one weight per feature; empty: unchanged). It decides which
    statements are quoted, not whether to answer: ``ask`` calls it after the confidence."""
    weights = frame.retriever.settings.quote_ranker
    if not weights or not candidates:
        return candidates
    if len(weights) != len(FEATURES):
        raise ValueError(f"quote_ranker needs {len(FEATURES)} weights, got {len(weights)}")
    extra = feature_rows(frame, candidates, query_terms) @ np.asarray(weights, dtype=np.float64)
    out = [replace(c, score=c.score + float(e)) for c, e in zip(candidates, extra, strict=True)]
    return sorted(out, key=lambda c: -c.score)
