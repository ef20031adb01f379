"""Running the question set through an engine: retrieval metrics, answer statistics, failures."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..config import Settings
from ..lexicon.textnorm import normalize_for_match
from ..models import Chunk
from ..progress import Progress
from ..results import Answer
from .metrics import DEPTH, Qrels, Run, evaluate_run, mean_metrics
from .questions import Question
from .reliability import AnswerRecord, ReliabilityRow, abstained_by_change, reliability

if TYPE_CHECKING:
    from ..service import Engine


@dataclass
class AnswerStats:
    """How good the answers of ``ask`` are."""

    answerable: int = 0
    unanswerable: int = 0
    quotes_with_gold: int = 0  # answerable, not abstained, some quote contains a gold quote
    abstained_answerable: int = 0
    abstained_unanswerable: int = 0

    @property
    def gold_rate(self) -> float:
        """Share of answerable questions whose quotes contain a gold quote."""
        return self.quotes_with_gold / self.answerable if self.answerable else float("nan")

    @property
    def abstention_accuracy(self) -> float:
        """Share of questions where the answer/abstain decision was right."""
        total = self.answerable + self.unanswerable
        right = (self.answerable - self.abstained_answerable) + self.abstained_unanswerable
        return right / total if total else float("nan")

    @property
    def abstained_rate(self) -> float:
        """Share of unanswerable questions abstained on."""
        return self.abstained_unanswerable / self.unanswerable if self.unanswerable else math.nan

    @property
    def false_abstention_rate(self) -> float:
        """Share of answerable questions abstained on."""
        return self.abstained_answerable / self.answerable if self.answerable else math.nan

    def add(self, record: AnswerRecord) -> None:
        """Count one answer."""
        if record.answerable:
            self.answerable += 1
            self.abstained_answerable += record.abstained
            self.quotes_with_gold += (not record.abstained) and record.has_gold
        else:
            self.unanswerable += 1
            self.abstained_unanswerable += record.abstained

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {
            "answerable": self.answerable,
            "unanswerable": self.unanswerable,
            "quotes_with_gold": self.quotes_with_gold,
            "gold_rate": round(self.gold_rate, 4),
            "abstained_answerable": self.abstained_answerable,
            "abstained_unanswerable": self.abstained_unanswerable,
            "abstention_accuracy": round(self.abstention_accuracy, 4),
        }


@dataclass
class Failure:
    """A question whose first relevant chunk is not in the top 5."""

    id: str
    question: str
    gold: list[str]
    first: str
    first_text: str
    first_relevant_rank: int | None


@dataclass
class Report:
    """The result of :func:`evaluate`: metrics overall and by language and type, answers,
    failures, and the per-question values that :func:`compare` needs."""

    settings: dict[str, Any]
    n_questions: int
    overall: dict[str, float]
    by_language: dict[str, dict[str, float]]
    by_type: dict[str, dict[str, float]]
    per_question: dict[str, dict[str, float]]
    answers: AnswerStats | None
    failures: list[Failure] = field(default_factory=list)
    answer_confidences: dict[str, tuple[bool, float, bool]] = field(default_factory=dict)
    answer_records: list[AnswerRecord] = field(default_factory=list)

    @property
    def reliability(self) -> list[ReliabilityRow]:
        """Answers by confidence label with the share holding the answer (see
        :mod:`.reliability`); empty without answers."""
        return reliability(self.answer_records) if self.answer_records else []

    #: What was ranked (question id -> [(chunk id, score)], best first) and answered
    #: (question id -> abstained, confidence, quoted citations): kept by ``--save-run``.
    ranking: dict[str, list[tuple[str, float]]] = field(default_factory=dict)
    saved_answers: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: The relevant chunk ids per question (the qrels the metrics were computed with).
    relevant: dict[str, set[str]] = field(default_factory=dict)

    def to_dict(self, failures: bool = False) -> dict[str, Any]:
        """JSON form of ``lrt-search eval --json``."""
        data: dict[str, Any] = {
            "n_questions": self.n_questions,
            "n_scored": len(self.per_question),
            "overall": _rounded(self.overall),
            "by_language": {k: _rounded(v) for k, v in self.by_language.items()},
            "by_type": {k: _rounded(v) for k, v in self.by_type.items()},
            "answers": self.answers.to_dict() if self.answers else None,
            "reliability": [row.to_dict() for row in self.reliability],
            "abstained_by_change": {
                k: {"abstained": a, "unanswerable": n}
                for k, (a, n) in abstained_by_change(self.answer_records).items()
            },
            "settings": self.settings,
        }
        if failures:
            data["failures"] = [f.__dict__ for f in self.failures]
        return data


def _rounded(values: dict[str, float]) -> dict[str, float]:
    return {k: round(v, 4) for k, v in values.items()}


def evaluate(
    engine: Engine,
    questions: Sequence[Question],
    answers: bool = True,
    progress: bool | None = None,
) -> Report:
    """Run every question through ``engine`` (retrieval, and ``ask`` when ``answers``)."""
    qrels = Qrels.from_questions(questions, engine.chunks)
    ranking: dict[str, list[tuple[str, float]]] = {}
    firsts: dict[str, Chunk] = {}
    stats_ = AnswerStats() if answers else None
    confidences: dict[str, tuple[bool, float, bool]] = {}
    records: list[AnswerRecord] = []
    saved: dict[str, dict[str, Any]] = {}
    with Progress(progress, len(questions), "evaluating") as advance:
        for q in questions:
            if q.answerable:
                _, hits = engine.search_question(q.question, k=DEPTH)
                ranking[q.id] = [(h.chunk_id, h.score) for h in hits]
                if hits:
                    firsts[q.id] = hits[0].chunk
            if stats_ is not None:
                answer = engine.ask(q.question)
                record = answer_record(q, answer)
                confidences[q.id] = (q.answerable, record.confidence, record.has_gold)
                records.append(record)
                saved[q.id] = _saved_answer(answer)
                stats_.add(record)
            advance(1)
    ids = [q.id for q in questions]
    per = evaluate_run(qrels, Run(ranking), ids)
    by_lang: dict[str, list[str]] = defaultdict(list)
    by_type: dict[str, list[str]] = defaultdict(list)
    for q in questions:
        if q.id in per:
            by_lang[q.lang].append(q.id)
            by_type[q.type].append(q.id)
    failures = []
    for q in questions:
        if q.id not in per:
            continue
        docs = [d for d, _ in ranking.get(q.id, [])]
        rel = qrels.relevant[q.id]
        first_rel = next((i for i, d in enumerate(docs, 1) if d in rel), None)
        if first_rel is None or first_rel > 5:
            first = firsts.get(q.id)
            failures.append(
                Failure(
                    q.id,
                    q.question,
                    [f"{g.date}: {g.quote}" for g in q.gold],
                    first.citation if first else "(nothing)",
                    first.text[:200] if first else "",
                    first_rel,
                )
            )
    return Report(
        settings=engine.settings.to_dict(),
        n_questions=len(questions),
        overall=mean_metrics(per),
        by_language={k: mean_metrics(per, v) for k, v in sorted(by_lang.items())},
        by_type={k: mean_metrics(per, v) for k, v in sorted(by_type.items())},
        per_question=per,
        answers=stats_,
        failures=failures,
        answer_confidences=confidences,
        answer_records=records,
        ranking=ranking,
        saved_answers=saved,
        relevant=qrels.relevant,
    )


def ask_one(engine: Engine, q: Question) -> AnswerRecord:
    """``ask`` one question and record what it did."""
    return answer_record(q, engine.ask(q.question))


def answer_record(q: Question, answer: Answer) -> AnswerRecord:
    """What ``ask`` did with ``q``: its :class:`AnswerRecord`."""
    has_gold = q.answerable and _quotes_contain_gold(answer.citations, q)
    return AnswerRecord(
        q.id,
        q.answerable,
        answer.abstained,
        answer.confidence,
        answer.confidence_label,
        has_gold,
        q.change,
        answer.reason,
        answer.reason_code,
    )


def ask_all(
    engine: Engine,
    questions: Sequence[Question],
    progress: bool | None = None,
    known: Mapping[str, AnswerRecord] | None = None,
) -> tuple[AnswerStats, list[AnswerRecord]]:
    """``ask`` every question (no retrieval metrics): the answer statistics and records.
    Questions in ``known`` are not asked again: their record is taken as it is."""
    stats_, records = AnswerStats(), []
    known = known or {}
    with Progress(progress, len(questions), "asking") as advance:
        for q in questions:
            record = known.get(q.id) or ask_one(engine, q)
            stats_.add(record)
            records.append(record)
            advance(1)
    return stats_, records


def _saved_answer(answer: Answer) -> dict[str, Any]:
    """What a saved run keeps of an answer: the decision, confidence and cited quotes."""
    return {
        "abstained": bool(answer.abstained),
        "confidence": round(float(answer.confidence), 4),
        "quotes": [{"citation": c.citation, "quote": c.quote} for c in answer.citations],
    }


def _quotes_contain_gold(citations: Sequence[Any], q: Question) -> bool:
    quotes = [normalize_for_match(c.quote) for c in citations]
    return any(normalize_for_match(g.quote) in quote for g in q.gold for quote in quotes)


class EngineCache:
    """Loaded engines, shared between configurations that only differ in retrieval settings
    (one index load for a whole comparison). Pass one to :func:`engine_for`."""

    def __init__(self) -> None:
        self._engines: dict[tuple[str, str, int, str], Engine] = {}

    def get(self, settings: Settings, progress: bool | None = None) -> Engine:
        """An engine for ``settings``, loading its index the first time."""
        from ..service import Engine

        key = (
            str(settings.corpus_dir),
            str(settings.index_dir),
            settings.chunk_max_words,
            settings.embedder,
        )
        base = self._engines.get(key)
        if base is None:
            base = Engine.load(settings=settings, progress=progress)
            self._engines[key] = base
        return base.with_settings(settings)


def engine_for(
    settings: Settings, progress: bool | None = None, cache: EngineCache | None = None
) -> Engine:
    """An engine for ``settings``; with ``cache``, the loaded index is shared."""
    return (cache or EngineCache()).get(settings, progress)


def evaluate_settings(
    settings: Settings,
    questions: Sequence[Question],
    answers: bool = True,
    progress: bool | None = None,
    cache: EngineCache | None = None,
) -> Report:
    """:func:`evaluate` with an engine made from ``settings``."""
    engine = engine_for(settings, progress, cache)
    return evaluate(engine, questions, answers=answers, progress=progress)
