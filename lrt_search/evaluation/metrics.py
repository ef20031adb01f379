"""Evaluation as data, like ranx: :class:`Qrels` (which chunks are relevant: those containing a
gold quote, so gold survives re-chunking) and :class:`Run` (what the engine ranked) go into
:func:`evaluate_run`, which computes the metrics with ``ir-measures``.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from typing import Any

import ir_measures
from ir_measures import RR, R, nDCG

from ..lexicon.textnorm import normalize_for_match
from ..models import Chunk
from .questions import Question

#: The metrics reported, by name, with their ir-measures definitions.
MEASURES = {"R@1": R @ 1, "R@5": R @ 5, "R@10": R @ 10, "MRR@10": RR @ 10, "nDCG@10": nDCG @ 10}
DEPTH = 10


class Qrels:
    """Relevance judgements: question id -> ids of the chunks that contain a gold quote."""

    def __init__(self, relevant: dict[str, set[str]]) -> None:
        self.relevant = relevant

    @classmethod
    def from_questions(cls, questions: Iterable[Question], chunks: Sequence[Chunk]) -> Qrels:
        """A chunk is relevant to a question when it contains one of its gold quotes
        (white space, quotes and case normalised) and is of the gold meeting date."""
        texts = [
            (c.chunk_id, c.meeting_date.isoformat(), normalize_for_match(c.text)) for c in chunks
        ]
        relevant: dict[str, set[str]] = {}
        for q in questions:
            ids = set()
            for gold in q.gold:
                quote = normalize_for_match(gold.quote)
                ids |= {cid for cid, date, text in texts if date == gold.date and quote in text}
            if ids:
                relevant[q.id] = ids
        return cls(relevant)

    def to_ir_measures(self) -> list[Any]:
        """As ``ir_measures.Qrel`` records."""
        return [ir_measures.Qrel(q, d, 1) for q, docs in self.relevant.items() for d in docs]


class Run:
    """A ranking per question: question id -> [(chunk id, score)], best first."""

    def __init__(self, ranking: dict[str, list[tuple[str, float]]]) -> None:
        self.ranking = ranking

    def to_ir_measures(self) -> list[Any]:
        """As ``ir_measures.ScoredDoc`` records (scores made strictly decreasing by rank)."""
        out = []
        for qid, docs in self.ranking.items():
            for rank, (doc, _) in enumerate(docs):
                out.append(ir_measures.ScoredDoc(qid, doc, float(len(docs) - rank)))
        return out


def evaluate_run(qrels: Qrels, run: Run, query_ids: Iterable[str]) -> dict[str, dict[str, float]]:
    """Per-question metric values (``{qid: {"R@1": ..., ...}}``) with ir-measures; a question
    the run does not answer scores 0."""
    ids = [q for q in query_ids if q in qrels.relevant]
    per: dict[str, dict[str, float]] = {q: dict.fromkeys(MEASURES, 0.0) for q in ids}
    names = {str(m): name for name, m in MEASURES.items()}
    wanted = set(ids)
    qrels_list = [r for r in qrels.to_ir_measures() if r.query_id in wanted]
    run_list = [r for r in run.to_ir_measures() if r.query_id in wanted]
    for metric in ir_measures.iter_calc(list(MEASURES.values()), qrels_list, run_list):
        per[metric.query_id][names[str(metric.measure)]] = float(metric.value)
    return per


def mean_metrics(
    per: dict[str, dict[str, float]], ids: Iterable[str] | None = None
) -> dict[str, float]:
    """Mean of every metric over ``ids`` (default: all questions in ``per``)."""
    chosen = [per[q] for q in (ids if ids is not None else per) if q in per]
    if not chosen:
        return dict.fromkeys(MEASURES, float("nan"))
    return {name: statistics.fmean(v[name] for v in chosen) for name in MEASURES}
