"""A correction of the calibrated confidence for one class of answer, judged out of set
(issue 16, task A: the low-confidence abstention on independent questions).

Reads the rows ``python eval/calibrate.py --rows FILE`` kept, adds a derived feature of
:data:`CLASSES` to each scored row, and fits a bias and a weight for it on top of the logit of
the weights of `Settings` (no bias: only the class moves; logistic, L2 0.01, each set weighing
the same), each set judged by the weight fitted on the pool (eval/calibrate.py ``POOLS``)
without it. Prints per family of
sets (eval/calibrate.py ``families``; the held-out halves are figures only) at
``abstain_below``: false abstentions, unanswerable abstained, gold quoted, before -> after,
and what the answers the correction changes are (+g gold quoted, +n answerable without gold,
+u unanswerable answered; -g / -n / -u for those it now refuses).

``--explain`` prints instead, per family, how confident the class's answers are and how often
they hold gold, and for each scored answer of the blind design halves refused at
``abstain_below``: its features and the four largest pulls down on the logit (weight times the
feature's distance from its mean over the right answers of dev + generated).

    python eval/confidence_residual.py --rows FILE [--pool blind] [--class NAME] [--explain]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable
from pathlib import Path

from calibrate import POOLS, families
from confidence_models import _logit

from lrt_search import Settings
from lrt_search.answer.calibration import FEATURES, probability
from lrt_search.evaluation.calibration_cv import Row, confidence, figures
from lrt_search.results import CONFIDENCE_HIGH

#: Derived features, each a class of answer: ``uncovered_implied_speaker`` is 1 when the
#: question asks what one speaker said, its topic is implied (no "about X") and the quote holds
#: none of the topic's words (the class of the blind design halves' low-confidence refusals).
CLASSES: dict[str, Callable[[dict[str, float]], float]] = {
    "uncovered_implied_speaker": lambda x: float(
        x.get("speaker", 0.0) == 1.0 and x.get("implied", 0.0) == 1.0
        and x.get("topic_cover", 0.0) == 0.0
    ),
}  # fmt: skip


def class_weight(train: dict[str, list[Row]], name: str) -> float:
    """The weight of feature ``name`` added to the logit of `Settings`, fitted on ``train``."""
    base, w = Settings().confidence_weights, 0.0
    rows = [(r, 1.0 / sum(bool(o.features) for o in rs)) for rs in train.values() for r in rs
            if r.features]  # fmt: skip
    scale = len(rows) / sum(c for _, c in rows)
    for _ in range(50):
        grad, hess = 0.01 * w, 0.01
        for r, c in rows:
            x = r.features[name]
            p = 1.0 / (1.0 + math.exp(-(_logit(probability(base, r.features)) + w * x)))
            grad += c * scale * (p - r.right) * x
            hess += c * scale * p * (1 - p) * x * x
        w -= grad / hess
    return w


def corrected(rows: list[Row], name: str, w: float) -> list[float | None]:
    """The confidence of each row under `Settings` plus ``w`` times feature ``name`` (kept
    below high by a not_high rule, as ``ask`` does)."""
    base, out = Settings().confidence_weights, []
    for r in rows:
        if not r.features:
            out.append(r.fixed)
            continue
        z = _logit(probability(base, r.features)) + w * r.features[name]
        p = 1.0 / (1.0 + math.exp(-z))
        out.append(min(p, CONFIDENCE_HIGH - 0.01) if r.features.get("not_high") else p)
    return out


def explain(sets: dict[str, list[Row]], name: str) -> None:
    """The class's confidence and right share per family; the design halves' refusals."""
    weights, threshold = Settings().confidence_weights, Settings().abstain_below
    right = [r.features for n in ("dev", "generated") for r in sets[n] if r.features and r.right]
    mean = {f: sum(x.get(f, 0.0) for x in right) / len(right) for f in FEATURES}
    for family, members in families(list(sets)).items():
        rows = [r for n in members for r in sets[n] if r.features and r.features[name]]
        if rows:
            p = sum(probability(weights, r.features) for r in rows) / len(rows)
            share = sum(r.right for r in rows) / len(rows)
            print(
                f"  {family:15} {name}: {len(rows)} answers, confidence {p:.3f}, right {share:.3f}"
            )
    for n in families(list(sets)).get("blind design", []):
        for r in sets[n]:
            if r.features and (p := probability(weights, r.features)) < threshold:
                pulls = {
                    f: w * (r.features.get(f, 0.0) - mean[f])
                    for w, f in zip(weights[1:], FEATURES, strict=True)
                }
                low = sorted(pulls.items(), key=lambda kv: kv[1])[:4]
                print(f"  {r.id} answerable={r.answerable} right={r.right} p={p:.3f} "
                      + " ".join(f"{f}={r.features.get(f, 0.0):.2f}" for f in FEATURES)
                      + " | " + " ".join(f"{f} {v:+.2f}" for f, v in low))  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=Path, required=True)
    parser.add_argument("--pool", choices=sorted(POOLS), default="blind")
    parser.add_argument(
        "--class", dest="name", choices=sorted(CLASSES), default=next(iter(CLASSES))
    )
    parser.add_argument("--explain", action="store_true", help="the class and the refusals")
    args = parser.parse_args()
    data = json.loads(args.rows.read_text(encoding="utf-8"))
    sets = {n: [Row(**r) for r in rows] for n, rows in data.items()}
    for rows in sets.values():
        for r in rows:
            if r.features:
                r.features[args.name] = CLASSES[args.name](r.features)
    if args.explain:
        explain(sets, args.name)
        return 0
    pool = {n: sets[n] for n in POOLS[args.pool]}
    threshold, weights = Settings().abstain_below, Settings().confidence_weights
    whole = class_weight(pool, args.name)
    print(f"class {args.name}: weight {whole:.3f} on pool {args.pool}; each set judged by one")
    print("  fitted without it")
    print(f"  {'family':15} false-abst   unans-abst   gold-quoted   changed")
    for family, members in families(list(sets)).items():
        totals, changed = [0] * 6, {k: 0 for k in ("+g", "+n", "+u", "-g", "-n", "-u")}
        for name in members:
            w = class_weight({n: rows for n, rows in pool.items() if n != name}, args.name)
            after = corrected(sets[name], args.name, w)
            before = [confidence(weights, r, FEATURES) for r in sets[name]]
            fb, fa = figures(sets[name], before, threshold), figures(sets[name], after, threshold)
            for i, key in enumerate(("false_abstentions", "unanswerable_abstained", "gold")):
                totals[2 * i] += getattr(fb, key)
                totals[2 * i + 1] += getattr(fa, key)
            for r, p, q in zip(sets[name], before, after, strict=True):
                if (
                    r.features
                    and p is not None
                    and q is not None
                    and (p < threshold) != (q < threshold)
                ):
                    kind = "g" if r.right else "n" if r.answerable else "u"
                    changed[("+" if q >= threshold else "-") + kind] += 1
        print(
            f"  {family:15} {totals[0]:4} -> {totals[1]:<4}  {totals[2]:4} -> {totals[3]:<4}"
            f"  {totals[4]:4} -> {totals[5]:<4}  "
            + " ".join(f"{k}{v}" for k, v in changed.items() if v)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
