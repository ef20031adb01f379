"""Retrieval and answer evaluation on the question set, and paired comparison of two configurations.

Evaluation as data, like ranx: :class:`Qrels` (which chunks are relevant: those containing a gold
quote, so gold survives re-chunking) and :class:`Run` (what the engine ranked) go into
:func:`evaluate_run`, which computes the metrics with ``ir-measures``; :func:`compare` tests the
per-question differences with ``scipy.stats`` (paired permutation test, bootstrap interval).
"""

from __future__ import annotations

import json
import statistics
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import ir_measures
import numpy as np
from ir_measures import RR, R, nDCG
from scipy import stats

from .config import Settings
from .errors import ConfigError
from .models import Chunk
from .textnorm import normalize_for_match

if TYPE_CHECKING:
    from rich.console import Console

    from .engine import Engine

#: The metrics reported, by name, with their ir-measures definitions.
MEASURES = {"R@1": R @ 1, "R@5": R @ 5, "R@10": R @ 10, "MRR@10": RR @ 10, "nDCG@10": nDCG @ 10}
DEPTH = 10
SPLITS = ("dev", "test", "all")


def default_questions_path() -> Path:
    """``eval/questions.jsonl`` next to the current folder, or in the source checkout."""
    here = Path("eval/questions.jsonl")
    if here.exists():
        return here
    return Path(__file__).resolve().parents[1] / "eval" / "questions.jsonl"


@dataclass(frozen=True)
class Gold:
    """Evidence for an answer: a meeting date and a short verbatim quote."""

    date: str
    quote: str


@dataclass(frozen=True)
class Question:
    """One evaluation question."""

    id: str
    question: str
    lang: str
    type: str
    split: str
    answerable: bool
    gold: tuple[Gold, ...]


def load_questions(path: Path | str, split: str = "all") -> list[Question]:
    """Read a question set (JSON lines); ``split`` keeps dev, test or all questions."""
    path = Path(path)
    if split not in SPLITS:
        raise ConfigError(f"split must be one of {', '.join(SPLITS)}, not {split!r}")
    questions = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the question set ({exc})") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            q = Question(
                id=raw["id"],
                question=raw["question"],
                lang=raw["lang"],
                type=raw["type"],
                split=raw["split"],
                answerable=bool(raw["answerable"]),
                gold=tuple(Gold(g["date"], g["quote"]) for g in raw["gold"]),
            )
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ConfigError(f"{path}:{number}: not a valid question ({exc})") from None
        if split in ("all", q.split):
            questions.append(q)
    return questions


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

    def to_dict(self, failures: bool = False) -> dict[str, Any]:
        """JSON form of ``lrt-search eval --json``."""
        data: dict[str, Any] = {
            "n_questions": self.n_questions,
            "n_scored": len(self.per_question),
            "overall": _rounded(self.overall),
            "by_language": {k: _rounded(v) for k, v in self.by_language.items()},
            "by_type": {k: _rounded(v) for k, v in self.by_type.items()},
            "answers": self.answers.to_dict() if self.answers else None,
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
    from .engine import _Progress

    qrels = Qrels.from_questions(questions, engine.chunks)
    ranking: dict[str, list[tuple[str, float]]] = {}
    firsts: dict[str, Chunk] = {}
    stats_ = AnswerStats() if answers else None
    confidences: dict[str, tuple[bool, float, bool]] = {}
    with _Progress(progress, len(questions), "evaluating") as advance:
        for q in questions:
            if q.answerable:
                _, hits = engine.search_question(q.question, k=DEPTH)
                ranking[q.id] = [(h.chunk_id, h.score) for h in hits]
                if hits:
                    firsts[q.id] = hits[0].chunk
            if stats_ is not None:
                answer = engine.ask(q.question)
                has_gold = q.answerable and _quotes_contain_gold(answer.citations, q)
                confidences[q.id] = (q.answerable, answer.confidence, has_gold)
                if q.answerable:
                    stats_.answerable += 1
                    stats_.abstained_answerable += answer.abstained
                    stats_.quotes_with_gold += (not answer.abstained) and has_gold
                else:
                    stats_.unanswerable += 1
                    stats_.abstained_unanswerable += answer.abstained
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
    )


def _quotes_contain_gold(citations: Sequence[Any], q: Question) -> bool:
    quotes = [normalize_for_match(c.quote) for c in citations]
    return any(normalize_for_match(g.quote) in quote for g in q.gold for quote in quotes)


_ENGINES: dict[tuple[str, str, int, str], Engine] = {}


def engine_for(settings: Settings, progress: bool | None = None) -> Engine:
    """An engine for ``settings``, sharing the loaded index between configurations that only
    differ in retrieval settings."""
    from .engine import Engine

    key = (
        str(settings.corpus_dir),
        str(settings.index_dir),
        settings.chunk_max_words,
        settings.embedder,
    )
    base = _ENGINES.get(key)
    if base is None:
        base = Engine.load(settings=settings, progress=progress)
        _ENGINES[key] = base
    return base.with_settings(settings)


def evaluate_settings(
    settings: Settings,
    questions: Sequence[Question],
    answers: bool = True,
    progress: bool | None = None,
) -> Report:
    """:func:`evaluate` with an engine made from ``settings``."""
    return evaluate(engine_for(settings, progress), questions, answers=answers, progress=progress)


@dataclass
class MetricComparison:
    """One metric of a paired comparison."""

    metric: str
    a: float
    b: float
    diff: float  # b - a
    wins: int  # questions where b > a
    ties: int
    losses: int
    p_value: float
    ci_low: float
    ci_high: float


@dataclass
class Comparison:
    """Configuration B against configuration A on the same questions."""

    names: tuple[str, str]
    n: int
    metrics: list[MetricComparison]

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {
            "a": self.names[0],
            "b": self.names[1],
            "n_questions": self.n,
            "metrics": [
                {k: (round(v, 4) if isinstance(v, float) else v) for k, v in m.__dict__.items()}
                for m in self.metrics
            ],
        }


def compare(
    a: dict[str, dict[str, float]],
    b: dict[str, dict[str, float]],
    names: tuple[str, str] = ("A", "B"),
    seed: int = 0,
    resamples: int = 10_000,
) -> Comparison:
    """Paired comparison of per-question metrics: mean difference (B - A), wins/ties/losses,
    two-sided paired permutation test (scipy.stats.permutation_test) and a 95% bootstrap
    confidence interval of the mean difference (scipy.stats.bootstrap)."""
    ids = sorted(set(a) & set(b))
    out = []
    for name in MEASURES:
        xa = np.array([a[q][name] for q in ids], dtype=float)
        xb = np.array([b[q][name] for q in ids], dtype=float)
        diff = xb - xa
        if len(ids) == 0:
            out.append(MetricComparison(name, *(float("nan"),) * 3, 0, 0, 0, *(float("nan"),) * 3))
            continue
        if np.allclose(diff, 0):
            p, low, high = 1.0, 0.0, 0.0
        else:
            rng = np.random.default_rng(seed)
            perm = stats.permutation_test(
                (xa, xb),
                lambda x, y: np.mean(y - x),
                permutation_type="samples",
                n_resamples=resamples,
                alternative="two-sided",
                random_state=rng,
            )
            boot = stats.bootstrap(
                (xa, xb),
                lambda x, y: np.mean(y - x),
                paired=True,
                n_resamples=resamples,
                confidence_level=0.95,
                method="percentile",
                random_state=rng,
            )
            p = float(perm.pvalue)
            low, high = float(boot.confidence_interval.low), float(boot.confidence_interval.high)
        out.append(
            MetricComparison(
                name,
                float(xa.mean()),
                float(xb.mean()),
                float(diff.mean()),
                int((diff > 1e-12).sum()),
                int((np.abs(diff) <= 1e-12).sum()),
                int((diff < -1e-12).sum()),
                p,
                low,
                high,
            )
        )
    return Comparison(names, len(ids), out)


def compare_settings(
    a: Settings,
    b: Settings,
    questions: Sequence[Question],
    names: tuple[str, str] = ("A", "B"),
) -> Comparison:
    """Evaluate two configurations on the same questions and :func:`compare` them."""
    ra = evaluate_settings(a, questions, answers=False)
    rb = evaluate_settings(b, questions, answers=False)
    return compare(ra.per_question, rb.per_question, names)


def render_report(report: Report, console: Console, show_failures: bool = False) -> None:
    """Print a report as tables."""
    from rich.table import Table

    table = Table(
        title=f"retrieval ({len(report.per_question)} answerable of {report.n_questions} questions)"
    )
    table.add_column("group")
    table.add_column("n", justify="right")
    for name in MEASURES:
        table.add_column(name, justify="right")
    counts_lang: dict[str, int] = defaultdict(int)
    groups: list[tuple[str, dict[str, float], int]] = [
        ("overall", report.overall, len(report.per_question))
    ]
    for title, values in (("lang", report.by_language), ("type", report.by_type)):
        for key, metrics in values.items():
            counts_lang[key] += 1
            groups.append((f"{title}={key}", metrics, -1))
    for label, metrics, n in groups:
        table.add_row(label, str(n) if n >= 0 else "", *(f"{metrics[m]:.3f}" for m in MEASURES))
    console.print(table)
    if report.answers:
        a = report.answers
        console.print(
            f"answers: quotes contain a gold quote for {a.quotes_with_gold}/{a.answerable} "
            f"answerable questions ({a.gold_rate:.3f}); abstention accuracy "
            f"{a.abstention_accuracy:.3f} (abstained on {a.abstained_unanswerable}/"
            f"{a.unanswerable} unanswerable and {a.abstained_answerable}/{a.answerable} answerable)"
        )
    if show_failures:
        console.print(f"\n{len(report.failures)} questions without a relevant chunk in the top 5:")
        for f in report.failures:
            console.print(f"- {f.id} {f.question}", markup=False)
            for g in f.gold:
                console.print(f"    gold: {g}", markup=False)
            rank = f.first_relevant_rank or "none in top 10"
            console.print(f"    first: {f.first} (first relevant: {rank})", markup=False)
            console.print(f"    {f.first_text!r}", markup=False)


def render_comparison(comparison: Comparison, console: Console) -> None:
    """Print a comparison as a table."""
    from rich.table import Table

    a, b = comparison.names
    table = Table(title=f"{b} vs {a} on {comparison.n} questions (paired)")
    for col in ("metric", a, b, "diff", "wins/ties/losses", "p (permutation)", "95% CI of diff"):
        table.add_column(col, justify="right")
    for m in comparison.metrics:
        table.add_row(
            m.metric,
            f"{m.a:.3f}",
            f"{m.b:.3f}",
            f"{m.diff:+.3f}",
            f"{m.wins}/{m.ties}/{m.losses}",
            f"{m.p_value:.4f}",
            f"[{m.ci_low:+.3f}, {m.ci_high:+.3f}]",
        )
    console.print(table)


ProgressFn = Callable[[int], None]
