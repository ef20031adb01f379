"""Compare confidence models out of fold, by set and by meeting (issue 16, task D).

Reads the rows ``python eval/calibrate.py --rows FILE`` kept and, for each model of
:data:`MODELS` (a list of features), scores every row of the broad pool's sets (every
non-test set but those whose name ends in "holdout") by weights fitted without it, in two
ways: leaving its set out, and leaving its meeting out (5 folds; an answerable question's
meeting is its gold's date, an unanswerable one is put in a fold by its id). Each set weighs
the same in every fit. At the threshold of `Settings` (``abstain_below``, or ``--threshold``)
it prints, pooled over the sets: false abstentions, unanswerable questions abstained on, gold
quoted, and how often the labels high / medium hold the answer (targets 0.90 / 0.70); the
row ``settings`` is the weights of `Settings` (fitted on dev + generated: in sample there);
the rows ``settings+...`` keep those weights and add features of :data:`RESIDUALS` to their
logit, fitted leaving each set out.
``--table MODEL`` prints that model's reliability by confidence band (by-set folds; ``settings``:
the weights of `Settings`).

    python eval/confidence_models.py --rows FILE [--threshold T] [--table MODEL]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import zlib
from pathlib import Path

import numpy as np
from answer_sets import SETS
from calibrate import POOLS

from lrt_search import Settings
from lrt_search.answer.calibration import FEATURES, probability
from lrt_search.evaluation import load_questions
from lrt_search.evaluation.calibration_cv import Row, SetFigures, confidence, figures, fit_sets
from lrt_search.results import CONFIDENCE_HIGH

# (The rank-free features of answer/statement_evidence.py, deleted in session 16, were the
# models and residuals tried here: docs/development.md, "Evidence of the statement itself".)
MODELS: dict[str, tuple[str, ...]] = {"current": FEATURES}
FOLDS = 5
#: Features added to the weights of `Settings` as a correction of their logit (``residual``).
RESIDUALS: dict[str, tuple[str, ...]] = {}


def meeting_folds(sets: dict[str, list[Row]]) -> dict[str, int]:
    """The fold of every question id of ``sets``: by its gold meeting, else by its id."""
    out: dict[str, int] = {}
    for name in sets:
        path, split = SETS[name]
        for q in load_questions(path, split):
            key = q.gold[0].date if q.answerable and q.gold else q.id
            out[f"{name}/{q.id}"] = zlib.crc32(str(key).encode()) % FOLDS
    return out


def by_set(sets: dict[str, list[Row]], names: tuple[str, ...]) -> dict[str, list[float | None]]:
    """Every row's confidence from weights fitted on the other sets."""
    out = {}
    for n, rows in sets.items():
        weights = fit_sets({m: sets[m] for m in sets if m != n}, names)
        out[n] = _score(rows, weights, names)
    return out


def _score(rows: list[Row], weights: tuple[float, ...], names: tuple[str, ...]) -> list:
    """The confidence of each row under ``weights``."""
    return [confidence(weights, r, names) for r in rows]


def by_meeting(
    sets: dict[str, list[Row]], names: tuple[str, ...], folds: dict[str, int]
) -> dict[str, list[float | None]]:
    """Every row's confidence from weights fitted on the rows of the other meeting folds."""
    out = {n: [None] * len(rows) for n, rows in sets.items()}
    for k in range(FOLDS):
        train = {n: [r for r in rows if folds[f"{n}/{r.id}"] != k] for n, rows in sets.items()}
        weights = fit_sets({n: rows for n, rows in train.items() if any(r.features for r in rows)},
                           names)  # fmt: skip
        for n, rows in sets.items():
            for i, r in enumerate(rows):
                if folds[f"{n}/{r.id}"] == k:
                    out[n][i] = confidence(weights, r, names)
    return out


def _logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def fit_residual(sets: dict[str, list[Row]], names: tuple[str, ...]) -> np.ndarray:
    """A bias and a weight for each of ``names`` added to the logit of the weights of
    `Settings`, fitted (logistic, L2 0.01, each set weighing the same) on the rows of ``sets``."""
    base = Settings().confidence_weights
    x, y, offset, weight = [], [], [], []
    for rows in sets.values():
        scored = [r for r in rows if r.features]
        for r in scored:
            x.append([1.0] + [r.features.get(n, 0.0) for n in names])
            y.append(float(r.right))
            offset.append(_logit(probability(base, r.features)))
            weight.append(1.0 / len(scored))
    xa, ya, oa = np.array(x), np.array(y), np.array(offset)
    ca = np.array(weight) * len(weight) / sum(weight)
    b = np.zeros(xa.shape[1])
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(xa @ b + oa)))
        hessian = xa.T @ (xa * (ca * p * (1 - p))[:, None]) + 0.01 * np.eye(len(b))
        b -= np.linalg.solve(hessian, xa.T @ (ca * (p - ya)) + 0.01 * b)
    return b


def residual(sets: dict[str, list[Row]], names: tuple[str, ...]) -> dict[str, list[float | None]]:
    """Every row's confidence under the weights of `Settings` corrected by :func:`fit_residual`
    fitted on the other sets (kept below high by a not_high rule, as ``ask`` does)."""
    base = Settings().confidence_weights
    out: dict[str, list[float | None]] = {}
    for n, rows in sets.items():
        b = fit_residual({m: sets[m] for m in sets if m != n}, names)
        out[n] = []
        for r in rows:
            if not r.features:
                out[n].append(r.fixed)
                continue
            z = _logit(probability(base, r.features)) + b[0]
            z += sum(w * r.features.get(f, 0.0) for w, f in zip(b[1:], names, strict=True))
            p = 1.0 / (1.0 + math.exp(-z))
            out[n].append(min(p, CONFIDENCE_HIGH - 0.01) if r.features.get("not_high") else p)
    return out


def pooled(sets: dict[str, list[Row]], conf: dict, threshold: float) -> SetFigures:
    """The figures of every set at ``threshold``, summed."""
    total = SetFigures()
    for n, rows in sets.items():
        f = figures(rows, conf[n], threshold)
        total.questions += f.questions
        total.answerable += f.answerable
        total.false_abstentions += f.false_abstentions
        total.unanswerable_abstained += f.unanswerable_abstained
        total.gold += f.gold
        for word, (a, b) in f.labels.items():
            counts = total.labels.setdefault(word, [0, 0])
            counts[0] += a
            counts[1] += b
    return total


def line(label: str, f: SetFigures) -> str:
    """One row of the comparison."""
    high, medium = f.labels.get("high", [0, 0]), f.labels.get("medium", [0, 0])
    return (
        f"  {label:36} {f.false_abstentions:4}/{f.answerable:<5} "
        f"{f.unanswerable_abstained:4}/{f.unanswerable:<4} {f.gold:5}  "
        f"{high[1]:4}/{high[0]:<4} ({f.reliability('high'):.3f})  "
        f"{medium[1]:4}/{medium[0]:<4} ({f.reliability('medium'):.3f})"
    )


def reliability(sets: dict[str, list[Row]], conf: dict) -> None:
    """How often answers in each confidence band hold the answer (scored rows)."""
    bands = [(0.0, 0.3), (0.3, 0.5), (0.5, 0.7), (0.7, 0.9), (0.9, 1.01)]
    print("  band        answers  right  share")
    for lo, hi in bands:
        hits = [r.right for n, rows in sets.items() for r, p in zip(rows, conf[n], strict=True)
                if r.features and p is not None and lo <= p < hi]  # fmt: skip
        share = sum(hits) / len(hits) if hits else float("nan")
        print(f"  {lo:.1f}-{min(hi, 1.0):.1f}   {len(hits):7}  {sum(hits):5}  {share:.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=Path, required=True)
    parser.add_argument("--threshold", type=float, default=Settings().abstain_below)
    parser.add_argument("--table", choices=["settings", *sorted(MODELS)], default=None)
    args = parser.parse_args()
    data = json.loads(args.rows.read_text(encoding="utf-8"))
    sets = {n: [Row(**r) for r in data[n]] for n in POOLS["broad"] if n in data}
    folds = meeting_folds(sets)
    print(f"pooled over {len(sets)} sets at threshold {args.threshold}:")
    print(f"  {'model (folds)':36} false-abst  unans-abst  gold  high          medium")
    weights = Settings().confidence_weights
    fixed = {n: _score(rows, weights, FEATURES) for n, rows in sets.items()}
    print(line("settings (no CV)", pooled(sets, fixed, args.threshold)))
    others = {n: rows for n, rows in sets.items() if n not in POOLS["current"]}
    print(f"  the {len(others)} sets outside dev + generated, by weights fitted on those two:")
    fixed = {n: _score(rows, weights, FEATURES) for n, rows in others.items()}
    print(line("settings", pooled(others, fixed, args.threshold)))
    for name, names in MODELS.items():
        fitted = fit_sets({n: sets[n] for n in POOLS["current"]}, names)
        conf = {n: _score(rows, fitted, names) for n, rows in others.items()}
        print(line(f"{name} (dev + generated)", pooled(others, conf, args.threshold)))
    print("  every set of the pool, out of fold:")
    for name, names in MODELS.items():
        print(line(f"{name} (by set)", pooled(sets, by_set(sets, names), args.threshold)))
        conf = by_meeting(sets, names, folds)
        print(line(f"{name} (by meeting)", pooled(sets, conf, args.threshold)))
    for name, names in RESIDUALS.items():
        print(line(f"{name} (by set)", pooled(sets, residual(sets, names), args.threshold)))
    if args.table == "settings":
        print("reliability of the weights of Settings (no CV):")
        reliability(sets, {n: _score(rows, weights, FEATURES) for n, rows in sets.items()})
    elif args.table:
        print(f"reliability of {args.table} (by set):")
        reliability(sets, by_set(sets, MODELS[args.table]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
