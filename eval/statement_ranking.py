"""A learned statement ranking (issue 16, task D): a pairwise logistic model over the rows of
eval/statement_rows.py, fitted on dev + generated + the probes (regularisation chosen by leaving
one set out), judged on the blind design halves it never saw, beside today's hand score.

    python eval/statement_ranking.py TRAIN.jsonl JUDGED.jsonl [--features a,b,...]

Per question with a gold candidate (not a timeline, comparison or listing): gold first, gold
chosen (what :func:`lrt_search.answer.selection.choose` keeps: within the answer margin of the
best, or half the question's terms within twice it; at most max_quotes), the quotes chosen, and
gold_outscored (a gold candidate, none chosen). The learned score is divided by its cosine
weight and scaled so the answer margin keeps as many quotes on the training sets as it keeps
with the hand score (gold first does not depend on the scale).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from candidate_table import kept  # the script's folder is on the path
from sklearn.linear_model import LogisticRegression

FEATURES = (
    "cos", "lex", "rinv", "rest", "topic", "title", "asked_speaker", "other_speaker", "counted",
    "number", "digit", "bm25", "words", "dense", "first", "position", "record", "deep",
)  # fmt: skip
GRID_C = (1e-5, 1e-4, 1e-3, 1e-2, 1.0)
TOP = 10  # the pairs: each gold candidate against the others among the hand score's first TOP
MARGIN, MOST = 0.05, 6


def load(path: Path) -> list[dict]:
    """The questions of a table whose quotes are chosen by score and that have a gold one."""
    records = [json.loads(line) for line in path.open(encoding="utf-8")]
    return [
        r for r in records
        if len(r["rows"]) > 1 and not r["special"] and any(x["gold"] for x in r["rows"])
    ]  # fmt: skip


def matrix(record: dict, names: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    """A question's feature rows and gold flags."""
    x = np.array([[row[n] for n in names] for row in record["rows"]], dtype=float)
    return x, np.array([row["gold"] for row in record["rows"]], dtype=bool)


def pairs(records: list[dict], names: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Gold-minus-other differences (both signs), each question weighing one in all."""
    xs, ys, ws = [], [], []
    for r in records:
        x, g = matrix(r, names)
        top = np.array([row["hand_rank"] < TOP for row in r["rows"]])
        d = (x[g][:, None, :] - x[~g & top][None, :, :]).reshape(-1, x.shape[1])
        if not len(d):
            continue
        w = np.full(len(d), 1.0 / len(d))
        xs += [d, -d]
        ys += [np.ones(len(d)), np.zeros(len(d))]
        ws += [w, w]
    return np.vstack(xs), np.concatenate(ys), np.concatenate(ws)


def fit(records: list[dict], names: tuple[str, ...], c: float) -> np.ndarray:
    """Pairwise logistic weights (no intercept), divided by the first's (the cosine's or the
    hand score's) when it is positive."""
    x, y, w = pairs(records, names)
    model = LogisticRegression(C=c, fit_intercept=False, max_iter=2000)
    model.fit(x, y, sample_weight=w * len(records))
    coef = model.coef_[0]
    return coef / coef[0] if coef[0] > 0 else coef


def judge(record: dict, scores: np.ndarray) -> tuple[int, int, int]:
    """(gold first, gold chosen, quotes chosen) of one question under ``scores``."""
    gold = np.array([row["gold"] for row in record["rows"]], dtype=bool)
    lex = np.array([row["lex"] for row in record["rows"]])
    chosen = kept(scores, lex, MARGIN, MOST)
    return int(gold[chosen[0]]), int(gold[chosen].any()), len(chosen)


def measure(records: list[dict], names: tuple[str, ...], w: np.ndarray | None) -> np.ndarray:
    """Summed (gold first, gold chosen, quotes chosen); ``w`` None: the hand score."""
    out = np.zeros(3, dtype=int)
    for r in records:
        if w is None:
            scores = np.array([row["score"] for row in r["rows"]])
        else:
            scores = matrix(r, names)[0] @ w
        out += judge(r, scores)
    return out


def scaled(records: list[dict], names: tuple[str, ...], w: np.ndarray) -> np.ndarray:
    """``w`` times the factor whose margin keeps as many quotes on ``records`` as the hand
    score's (the margin then reads the learned score's spread as it reads the hand score's)."""
    target = measure(records, names, None)[2]
    factors = np.exp(np.linspace(np.log(0.05), np.log(5.0), 41))
    best = min(factors, key=lambda f: abs(measure(records, names, w * f)[2] - target))
    return w * best


def choose_c(records: list[dict], names: tuple[str, ...]) -> float:
    """The C best on gold first (it does not depend on the scale) leaving one training set out
    (the probes of fewer than 20 such questions left out together, by name, in folds of 20)."""
    folds: dict[str, str] = {}
    small: list[str] = []
    for name in sorted({r["key"].split(":")[0] for r in records}):
        n = sum(r["key"].startswith(name + ":") for r in records)
        if n >= 20:
            folds[name] = name
            continue
        small.append(name)
        if sum(sum(r["key"].startswith(s + ":") for r in records) for s in small) >= 20:
            folds.update({s: "+".join(small) for s in small})
            small = []
    folds.update({s: "+".join(small) for s in small})
    best, best_c = (-1, -1), GRID_C[0]
    for c in GRID_C:
        first, hand = 0, 0
        for fold in sorted(set(folds.values())):
            train = [r for r in records if folds[r["key"].split(":")[0]] != fold]
            test = [r for r in records if folds[r["key"].split(":")[0]] == fold]
            first += measure(test, names, fit(train, names, c))[0]
            hand += measure(test, names, None)[0]
        print(f"  C {c:<6} leaving one set out ({len(set(folds.values()))} folds): gold first "
              f"{first} (hand {hand})")  # fmt: skip
        if (first, -c) > best:
            best, best_c = (first, -c), c
    return best_c


def report(label: str, records: list[dict], names: tuple[str, ...], w: np.ndarray) -> None:
    """Hand vs learned on ``records``, and the questions whose gold chosen differs."""
    hand, learned = measure(records, names, None), measure(records, names, w)
    won, lost = [], []
    for r in records:
        a, b = measure([r], names, None)[1], measure([r], names, w)[1]
        (won if b > a else lost if a > b else []).append(r["key"].split(":")[1])
    n = len(records)
    print(f"{label} ({n} questions with a gold candidate):")
    print(f"  hand    first {hand[0]} chosen {hand[1]} outscored {n - hand[1]} quotes {hand[2]}")
    print(f"  learned first {learned[0]} chosen {learned[1]} outscored {n - learned[1]} "
          f"quotes {learned[2]}; gold chosen won {' '.join(won) or '-'}, lost "
          f"{' '.join(lost) or '-'}")  # fmt: skip


def _number(key: str) -> int:
    """The blind set's number of a key ("blind12_design:b12-003" -> 12)."""
    return int(key.split("_")[0].removeprefix("blind"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("train", type=Path)
    parser.add_argument("judged", type=Path)
    parser.add_argument("--features", default=",".join(FEATURES))
    parser.add_argument("--c", type=float, default=0.0, help="skip the choice of C")
    args = parser.parse_args()
    names = tuple(args.features.split(","))
    if names[0] not in ("cos", "score"):
        parser.error("the first feature is cos, or score (the hand score, to learn a correction)")
    train, judged = load(args.train), load(args.judged)
    c = args.c or choose_c(train, names)
    w = scaled(train, names, fit(train, names, c))
    print(f"C {c}; weights / the first's: " + ", ".join(
        f"{n} {v / w[0]:+.3f}" for n, v in zip(names, w, strict=True)))  # fmt: skip
    spread = pairs(train, names)[0].std(axis=0)
    print("  weight x its spread over the pairs (what carries weight): " + ", ".join(
        f"{n} {v:+.3f}" for n, v in sorted(zip(names, w * spread / w[0], strict=True),
                                           key=lambda p: -abs(p[1]))))  # fmt: skip
    report("training sets (fitted on)", train, names, w)
    report("blind design halves b3..b17 (never fitted on)", judged, names, w)
    old = [r for r in judged if _number(r["key"]) <= 10]
    new = [r for r in judged if _number(r["key"]) > 10]
    report("  of which b3..b10", old, names, w)
    report("  of which b11..b17", new, names, w)
    return 0


if __name__ == "__main__":
    sys.exit(main())
