"""Fit the weights of rule ``quote_ranker`` (lrt_search.answer.quote_ranker) and measure them on
the sets they were not fitted on.

    python eval/quote_ranks.py --dump feats.json [--config F]   # the candidates of every set
    python eval/fit_quote_ranker.py feats.json [--train dev,generated] [--l2 0.0001]
                                   [--only topic_cos,heading]

The model: a softmax over each question's candidates, logit ``a * score + v . features``
(``score``: the candidate's hand-set answer score, cosine first), fitted with NumPy (full-batch
Adam, L2 on ``v``) on the questions of the ``--train`` sets whose gold statement is a candidate.
The weights printed are ``v / a``: added to the score, the cosine keeps its scale. ``--only``
fits the named features alone (the others' weights stay 0).

Printed per set: how many questions have the gold statement as the best candidate, and among
the statements ``choose`` would quote (within ``answer_margin`` of the best, or holding half the
question's terms within twice it; at most ``max_quotes``), before -> after. The ``--train`` sets
are measured cross-validated by meeting (each gold meeting's questions scored by weights fitted
without them); the others with the weights fitted on all of ``--train``. Never give it the test
split.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

from lrt_search import Settings
from lrt_search.answer.quote_ranker import FEATURES

Question = tuple[np.ndarray, np.ndarray, np.ndarray]  # scores, feature rows, gold mask


def _loss_grad(theta: np.ndarray, data: list[Question], l2: float) -> tuple[float, np.ndarray]:
    loss, grad = 0.0, np.zeros_like(theta)
    for scores, rows, gold in data:
        x = np.column_stack([scores, rows])
        z = x @ theta
        z -= z.max()
        p = np.exp(z)
        p /= p.sum()
        pg = p[gold].sum()
        loss -= np.log(pg + 1e-12)
        q = np.where(gold, p / (pg + 1e-12), 0.0)  # posterior over the gold candidates
        grad += x.T @ (p - q)
    n = max(1, len(data))
    loss, grad = loss / n, grad / n
    loss += l2 * float(theta[1:] @ theta[1:])
    grad[1:] += 2 * l2 * theta[1:]
    return loss, grad


def fit(data: list[Question], l2: float, steps: int = 1500, lr: float = 0.05) -> np.ndarray:
    """The added weights ``v / a`` fitted on ``data`` (zeros when it is empty)."""
    theta = np.zeros(1 + len(FEATURES))
    theta[0] = 20.0  # the score's inverse temperature
    if not data:
        return np.zeros(len(FEATURES))
    m, v = np.zeros_like(theta), np.zeros_like(theta)
    for t in range(1, steps + 1):
        _, g = _loss_grad(theta, data, l2)
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        step = lr * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
        step[0] *= 20.0  # the temperature lives on a larger scale
        theta -= step
    return theta[1:] / max(theta[0], 1e-6)


def quoted(
    scores: np.ndarray, rows: np.ndarray, gold: np.ndarray, s: Settings
) -> tuple[bool, bool]:
    """Whether the gold is the best candidate, and whether ``choose`` would quote it."""
    order = np.argsort(-scores, kind="stable")
    best = scores[order[0]]
    m = s.answer_margin
    lexical = rows[:, FEATURES.index("lexical")]
    good = [
        j
        for j in order
        if scores[j] >= best - m or (lexical[j] >= 0.5 and scores[j] >= best - 2 * m)
    ]
    return bool(gold[order[0]]), bool(gold[good[: s.max_quotes]].any())


def _load(paths: list[Path]) -> dict[str, list[dict]]:
    by_set: dict[str, list[dict]] = defaultdict(list)
    for path in paths:
        for r in json.loads(path.read_text(encoding="utf-8")):
            by_set[r["set"]].append(r)
    return by_set


def _arrays(r: dict, keep: np.ndarray | None = None) -> Question:
    rows = np.array(r["rows"])
    if keep is not None:
        rows = rows * keep
    return np.array(r["scores"]), rows, np.array(r["gold"], dtype=bool)


def _report(name: str, records: list[dict], weights_of, s: Settings) -> None:
    before, after = np.zeros(2, int), np.zeros(2, int)
    for r in records:
        scores, rows, gold = _arrays(r)
        before += quoted(scores, rows, gold, s)
        after += quoted(scores + rows @ weights_of(r), rows, gold, s)
    n = len(records)
    print(
        f"{name:18} n={n:3}  best {before[0]:3} -> {after[0]:3}  "
        f"quoted {before[1]:3} -> {after[1]:3}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dumps", type=Path, nargs="+")
    parser.add_argument("--train", default="dev,generated")
    parser.add_argument("--l2", type=float, default=0.0001)
    parser.add_argument("--only", default="", help="fit only these features (comma-separated)")
    args = parser.parse_args()
    s = Settings()
    by_set = _load(args.dumps)
    train_sets = args.train.split(",")
    train = [r for name in train_sets for r in by_set.get(name, [])]
    only = [f for f in args.only.split(",") if f]
    keep = np.array([f in only for f in FEATURES], dtype=float) if only else None
    weights = fit([_arrays(r, keep) for r in train], args.l2)
    meetings = sorted({r["meeting"] for r in train})
    folds = {
        m: fit([_arrays(r, keep) for r in train if r["meeting"] != m], args.l2) for m in meetings
    }
    for name, records in by_set.items():
        if name in train_sets:
            _report(name + " (cv)", records, lambda r: folds[r["meeting"]], s)
        else:
            _report(name, records, lambda r: weights, s)
    print("weights: " + ", ".join(f"{f} {w:.3f}" for f, w in zip(FEATURES, weights, strict=True)))
    print("quote_ranker = [" + ", ".join(f"{w:.3f}" for w in weights) + "]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
