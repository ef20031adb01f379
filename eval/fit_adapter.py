"""Fit a query-side linear adapter for the e5 vectors (rule ``query_adapter``,
search/adapter.py) on generated pairs only, and measure it cross-validated by meeting.

Training pairs: every question of eval/paraphrases.jsonl (eval/generate_paraphrases.py: a
statement's words replaced by synonyms, FreeDict round trips and English translations) with
the mean vector of its gold statement(s) as target. Methods, all NumPy and all starting from the
identity (so a weak fit changes little):

- ``ridge:LAM``: ``W = argmin |Q W - T|^2 + LAM |W - I|^2`` (closed form);
- ``procrustes``: the orthogonal ``W`` closest to mapping ``Q`` onto ``T``;
- ``contrastive:STEPS``: STEPS gradient steps (rate 0.05, temperature 0.05) of the softmax loss
  of each question over the training meetings' statements.

Cross-validation by meeting, so that an adapter cannot help by memorising statements: the
questions whose gold is in meeting M are searched with the adapter fitted on the pairs of the
other meetings only. Measured with the engine itself (``lrt-search eval``'s runner), in dense
mode and in the default hybrid search, on the dev split of eval/questions.jsonl and on the
held-out paraphrases (eval/paraphrase_holdout.jsonl, reported, never used to choose), paired
against the same search without an adapter. The test split is never read.

    python eval/fit_adapter.py [--methods ridge:100 contrastive:5] [--json eval/adapter_cv.json]
                               [--out W.npy]  # the adapter fitted on every pair, last method
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from lrt_search.config import Settings
from lrt_search.evaluation.compare import compare
from lrt_search.evaluation.questions import Question, load_questions
from lrt_search.evaluation.runner import EngineCache, evaluate_settings
from lrt_search.lexicon.textnorm import normalize_for_match
from lrt_search.service import Engine

HERE = Path(__file__).resolve().parent
SETS = {
    "dev paraphrase": (HERE / "questions.jsonl", "dev", "paraphrase"),
    "dev all": (HERE / "questions.jsonl", "dev", None),
    "held-out": (HERE / "paraphrase_holdout.jsonl", "all", None),
}


class Statements:
    """The index's statements: vectors, meeting dates and normalised texts, row by row."""

    def __init__(self, engine: Engine) -> None:
        rows = [(c.meeting_date.isoformat(), s.text) for c in engine.chunks for s in c.statements]
        self.vectors = np.asarray(engine.statement_vectors, dtype=np.float64)
        self.meetings = np.array([m for m, _ in rows])
        self.texts = [normalize_for_match(t) for _, t in rows]

    def gold_rows(self, q: Question) -> list[int]:
        """Rows of the statements holding one of ``q``'s gold quotes (of its meeting)."""
        quotes = [(g.date, normalize_for_match(g.quote)) for g in q.gold]
        return [
            k
            for k, text in enumerate(self.texts)
            if any(d == self.meetings[k] and quote in text for d, quote in quotes)
        ]


def training_pairs(
    engine: Engine, statements: Statements
) -> tuple[np.ndarray, list[list[int]], np.ndarray]:
    """Query vectors of the generated questions, their gold statement rows, and the meeting
    of each (the first gold's)."""
    qs = [q for q in load_questions(HERE / "paraphrases.jsonl") if q.answerable]
    golds = [statements.gold_rows(q) for q in qs]
    kept = [(q, g) for q, g in zip(qs, golds, strict=True) if g]
    vectors = engine.embedder.embed_queries([q.question for q, _ in kept])
    meetings = np.array([statements.meetings[g[0]] for _, g in kept])
    return np.asarray(vectors, dtype=np.float64), [g for _, g in kept], meetings


def fit(method: str, queries: np.ndarray, golds: list[list[int]], candidates: np.ndarray,
        keep: np.ndarray) -> np.ndarray:  # fmt: skip
    """The adapter of ``method`` fitted on ``queries`` (golds: rows of ``candidates``, the
    statement vectors; ``keep`` marks the statements of the training meetings)."""
    dim = queries.shape[1]
    eye = np.eye(dim)
    targets = np.array([candidates[g].mean(axis=0) for g in golds])
    targets /= np.linalg.norm(targets, axis=1, keepdims=True)
    name, _, arg = method.partition(":")
    if name == "ridge":
        lam = float(arg)
        return np.linalg.solve(queries.T @ queries + lam * eye, queries.T @ targets + lam * eye)
    if name == "procrustes":
        u, _, vt = np.linalg.svd(queries.T @ targets)
        return u @ vt
    if name != "contrastive":
        raise SystemExit(f"unknown method {method!r} (ridge:LAM, procrustes, contrastive:STEPS)")
    rows = np.flatnonzero(keep)
    where = {int(r): i for i, r in enumerate(rows)}
    onehot = np.zeros((len(queries), len(rows)))
    for i, g in enumerate(golds):
        for r in g:
            onehot[i, where[r]] = 1.0 / len(g)
    pool, weights, tau = candidates[rows], eye.copy(), 0.05
    for _ in range(int(arg)):
        logits = queries @ weights @ pool.T / tau
        probs = np.exp(logits - logits.max(axis=1, keepdims=True))
        probs /= probs.sum(axis=1, keepdims=True)
        weights -= 0.05 * queries.T @ ((probs - onehot) @ pool) / tau / len(queries)
    return weights


def question_sets(statements: Statements) -> dict[str, dict[str, list[Question]]]:
    """For each set of :data:`SETS`, its answerable questions by gold meeting."""
    out: dict[str, dict[str, list[Question]]] = {}
    for name, (path, split, kind) in SETS.items():
        by_meeting: dict[str, list[Question]] = {}
        for q in load_questions(path, split):
            if q.answerable and (kind is None or q.type == kind) and statements.gold_rows(q):
                by_meeting.setdefault(q.gold[0].date, []).append(q)
        out[name] = by_meeting
    return out


def cross_validated(method: str, mode: str, data: tuple, cache: EngineCache) -> dict:
    """Per-question metrics of every set, each meeting's questions searched with the adapter
    fitted without that meeting, in ``mode`` (dense or hybrid)."""
    statements, queries, golds, meetings, sets = data
    per: dict[str, dict[str, dict[str, float]]] = {name: {} for name in sets}
    with tempfile.TemporaryDirectory() as folder:
        for meeting in sorted(set(statements.meetings)):
            train = meetings != meeting
            keep = statements.meetings != meeting
            chosen = [g for g, t in zip(golds, train, strict=True) if t]
            weights = fit(method, queries[train], chosen, statements.vectors, keep)
            path = Path(folder) / f"{meeting}.npy"
            np.save(path, weights.astype(np.float32))
            settings = Settings().replace(mode=mode, query_adapter=path)
            for name, by_meeting in sets.items():
                qs = by_meeting.get(meeting, [])
                if qs:
                    report = evaluate_settings(settings, qs, answers=False, cache=cache)
                    per[name].update(report.per_question)
    return per


def baseline(mode: str, sets: dict, cache: EngineCache) -> dict:
    """Per-question metrics of every set without an adapter, in ``mode``."""
    settings = Settings().replace(mode=mode)
    return {
        name: evaluate_settings(
            settings, [q for qs in by.values() for q in qs], answers=False, cache=cache
        ).per_question
        for name, by in sets.items()
    }


def rows_of(method: str, mode: str, base: dict, per: dict) -> list[dict]:
    """One result row per set: R@5 and nDCG@10 without and with the adapter, paired p."""
    rows = []
    for name in per:
        c = {m.metric: m for m in compare(base[name], per[name]).metrics}
        rows.append(
            {
                "method": method,
                "mode": mode,
                "set": name,
                "n": len(per[name]),
                **{f"{k} {w}": getattr(c[k], w) for k in ("R@5", "nDCG@10") for w in ("a", "b")},
                **{f"{k} p": c[k].p_value for k in ("R@5", "nDCG@10")},
            }
        )
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--methods", nargs="+", default=["ridge:100", "contrastive:5"])
    parser.add_argument("--modes", nargs="+", default=["dense", "hybrid"])
    parser.add_argument("--json", type=Path, help="write the rows here (for make_results.py)")
    parser.add_argument("--out", type=Path, help="write the last method fitted on every pair")
    args = parser.parse_args(argv)
    cache = EngineCache()
    engine = cache.get(Settings(), progress=False)
    statements = Statements(engine)
    queries, golds, meetings = training_pairs(engine, statements)
    sets = question_sets(statements)
    data = (statements, queries, golds, meetings, sets)
    print(f"{len(queries)} generated pairs; sets: "
          + ", ".join(f"{n} {sum(map(len, b.values()))}" for n, b in sets.items()))  # fmt: skip
    rows: list[dict] = []
    for mode in args.modes:
        base = baseline(mode, sets, cache)
        for method in args.methods:
            per = cross_validated(method, mode, data, cache)
            for row in rows_of(method, mode, base, per):
                rows.append(row)
                print(
                    f"{row['method']:15s} {mode:6s} {row['set']:15s} n {row['n']:3d}  "
                    f"R@5 {row['R@5 a']:.3f} -> {row['R@5 b']:.3f} (p {row['R@5 p']:.3f})  "
                    f"nDCG@10 {row['nDCG@10 a']:.3f} -> {row['nDCG@10 b']:.3f} "
                    f"(p {row['nDCG@10 p']:.3f})"
                )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    if args.out:
        everything = np.ones(len(statements.meetings), dtype=bool)
        weights = fit(args.methods[-1], queries, golds, statements.vectors, everything)
        np.save(args.out, weights.astype(np.float32))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
