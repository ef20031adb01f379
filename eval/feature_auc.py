"""How well each confidence feature separates right answers from wrong ones (issue 16, task D).

Reads the rows ``python eval/calibrate.py --rows FILE`` kept (every non-test answer set asked
once) and prints, for every feature of the model (lrt_search.answer.calibration.FEATURES) and
every candidate (eval/calibrate.py ``candidates``), its AUC on the
pooled design rows: the chance that a right answer (a quote holds gold) has a higher value
than a wrong one (an unanswerable question answered, or an answerable one without gold).
Only the sets of eval/calibrate.py's broad pool are read: no set whose name ends in
"holdout", never test. Each set weighs the same (a pair's weight is the product of its rows'
set weights). Columns: the AUC over every scored row, and over the rows in the band where the
decision is made (the confidence of `Settings` between 0.25 and 0.75), and the AUC the
confidence of `Settings` itself has there.

    python eval/feature_auc.py --rows FILE [--band LOW HIGH]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from calibrate import POOLS

from lrt_search import Settings
from lrt_search.answer.calibration import FEATURES
from lrt_search.evaluation.calibration_cv import Row, capped_probability

CANDIDATES = ("item_lexical", "unread", "why_uncovered")


def auc(values: np.ndarray, labels: np.ndarray, weights: np.ndarray) -> float:
    """The weighted AUC of ``values`` for ``labels`` (ties count half; nan without both)."""
    pos, neg = labels, ~labels
    if not pos.any() or not neg.any():
        return float("nan")
    v_pos, w_pos = values[pos], weights[pos]
    v_neg, w_neg = values[neg], weights[neg]
    greater = (v_pos[:, None] > v_neg[None, :]).astype(float)
    ties = (v_pos[:, None] == v_neg[None, :]).astype(float)
    pair = w_pos[:, None] * w_neg[None, :]
    return float(((greater + 0.5 * ties) * pair).sum() / pair.sum())


def pooled(sets: dict[str, list[Row]]) -> tuple[list[Row], np.ndarray]:
    """The scored rows of the broad pool's sets and their weights (each set weighing the same)."""
    rows: list[Row] = []
    weights: list[float] = []
    for name in POOLS["broad"]:
        scored = [r for r in sets.get(name, []) if r.features]
        rows += scored
        weights += [1.0 / len(scored)] * len(scored) if scored else []
    return rows, np.array(weights)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=Path, required=True)
    parser.add_argument("--band", type=float, nargs=2, default=(0.25, 0.75))
    args = parser.parse_args()
    data = json.loads(args.rows.read_text(encoding="utf-8"))
    sets = {name: [Row(**r) for r in rows] for name, rows in data.items()}
    rows, weights = pooled(sets)
    labels = np.array([r.right for r in rows])
    weights_now = Settings().confidence_weights
    now = np.array([capped_probability(weights_now, r, FEATURES) for r in rows])
    band = (now >= args.band[0]) & (now < args.band[1])
    print(
        f"{len(rows)} scored rows of {len(POOLS['broad'])} sets ({int(labels.sum())} right); "
        f"{int(band.sum())} in the band {args.band[0]}-{args.band[1]} "
        f"({int(labels[band].sum())} right)"
    )
    print(f"  {'feature':18} {'AUC all':>8} {'AUC band':>9}")
    columns = [("confidence (Settings)", now)]
    columns += [(n, np.array([r.features.get(n, 0.0) for r in rows])) for n in FEATURES]
    columns += [(n, np.array([r.features.get(n, 0.0) for r in rows])) for n in CANDIDATES]
    for name, values in columns:
        a_all = auc(values, labels, weights)
        a_band = auc(values[band], labels[band], weights[band])
        print(f"  {name:18} {a_all:8.3f} {a_band:9.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
