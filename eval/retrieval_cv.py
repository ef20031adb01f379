"""Retrieval parameters chosen on dev by cross-validation, then read on the held-out paraphrases.

    python eval/retrieval_cv.py [--base CONFIG.toml] [--family bm25|fusion|all] [--folds 5]

Each family is a grid of settings applied to the base configuration (the default, or ``--base``):
``bm25`` the BM25 parameters ``bm25_k1`` x ``bm25_b``; ``fusion`` the convex fusion's dense
weight and reciprocal-rank fusion (RRF) with BM25 weighted 1-3 and ``rrf_k`` 20 or 60. For each
fold of dev (answerable questions, split by position), the variant with the best mean nDCG@10
on the other folds is chosen and its ranking of the fold's questions kept: the cross-validated
dev figure, an honest estimate of choosing by dev. The variant best on the whole of dev is then
read on ``eval/paraphrase_holdout.jsonl`` (never used to choose) and on the English probes.
Every figure is against the base, with the paired permutation p of nDCG@10. Test is never used.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import numpy as np

from lrt_search.config import Settings
from lrt_search.evaluation import compare, evaluate, load_questions
from lrt_search.service import Engine

HERE = Path(__file__).resolve().parent
PerQuestion = dict[str, dict[str, float]]


def _grid(family: str) -> dict[str, dict[str, Any]]:
    """The named variants of a family (each a dict of settings to change)."""
    bm25 = {
        f"k1={k1},b={b}": {"bm25_k1": k1, "bm25_b": b}
        for k1 in (0.8, 1.2, 1.6, 2.0)
        for b in (0.5, 0.75, 0.9)
    }
    fusion: dict[str, dict[str, Any]] = {
        f"convex={a}": {"fusion": "convex", "convex_alpha": a} for a in (0.3, 0.4, 0.5)
    }
    fusion |= {
        f"rrf,bm25x{w},k={k}": {"fusion": "rrf", "bm25_weight": float(w), "rrf_k": k}
        for w in (1, 2, 3)
        for k in (20, 60)
    }
    return {"bm25": bm25, "fusion": fusion, "all": bm25 | fusion}[family]


def _per_question(engine: Engine, file: str, split: str) -> PerQuestion:
    questions = load_questions(HERE / file, split)
    return evaluate(engine, questions, answers=False, progress=False).per_question


def _mean(per: PerQuestion, ids: list[str], metric: str) -> float:
    return float(np.mean([per[q][metric] for q in ids])) if ids else float("nan")


def _cross_validated(runs: dict[str, PerQuestion], base: str, folds: int) -> PerQuestion:
    """Each fold's questions ranked by the variant best (nDCG@10) on the other folds."""
    ids = sorted(runs[base])
    out: PerQuestion = {}
    for fold in range(folds):
        held = ids[fold::folds]
        train = [q for q in ids if q not in set(held)]
        best = max(runs, key=lambda name: (_mean(runs[name], train, "nDCG@10"), name == base))
        print(f"  fold {fold}: {best}", flush=True)
        out |= {q: runs[best][q] for q in held}
    return out


def _row(label: str, base: PerQuestion, other: PerQuestion) -> str:
    metrics = {m.metric: m for m in compare(base, other).metrics}
    ids = sorted(base)
    cells = [
        f"{_mean(base, ids, name):.3f} -> {_mean(other, ids, name):.3f}"
        for name in ("R@5", "nDCG@10")
    ]
    return f"| {label} | {len(ids)} | {cells[0]} | {cells[1]} | {metrics['nDCG@10'].p_value:.3f} |"


def main(argv: list[str] | None = None) -> int:
    """Print the cross-validated dev row and the held-out rows of the variant chosen on dev."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", type=Path, default=None)
    parser.add_argument("--family", default="all", choices=("bm25", "fusion", "all"))
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args(argv)
    engine = Engine.load(progress=False)
    settings = Settings.from_toml(args.base, base=engine.settings) if args.base else engine.settings
    base_name = "base"
    runs: dict[str, PerQuestion] = {}
    engines: dict[str, Engine] = {}
    for name, changes in {base_name: {}, **_grid(args.family)}.items():
        engines[name] = engine.with_settings(settings.replace(**changes))
        runs[name] = _per_question(engines[name], "questions.jsonl", "dev")
        ids = sorted(runs[name])
        print(f"  {name}: dev nDCG@10 {_mean(runs[name], ids, 'nDCG@10'):.3f}", flush=True)
    chosen = max(runs, key=lambda name: (_mean(runs[name], sorted(runs[name]), "nDCG@10"),))
    print("| questions | n | R@5 | nDCG@10 | p |\n|---|---:|---:|---:|---:|")
    cv = _cross_validated(runs, base_name, args.folds)
    print(_row(f"dev, cross-validated ({args.folds} folds)", runs[base_name], cv))
    print(_row(f"dev, {chosen} (chosen on dev: optimistic)", runs[base_name], runs[chosen]))
    for label, (file, split) in {
        "held-out paraphrases": ("paraphrase_holdout.jsonl", "all"),
        "English probes": ("english_probe.jsonl", "all"),
        "paraphrase probes": ("paraphrase_probe.jsonl", "all"),
    }.items():
        base = _per_question(engines[base_name], file, split)
        other = _per_question(engines[chosen], file, split)
        print(_row(f"{label}, {chosen}", base, other), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
