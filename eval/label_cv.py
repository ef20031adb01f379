"""Does a stricter "high" label generalise? Leave-one-set-out over the labelled answers
(issue 16, task E of session 21: "high" right 9 times in 10 on questions nobody tuned on).

Reads the answers that ``python eval/high_labels.py --labels high,medium,low --jsonl FILE``
wrote (every readable set: never a held-out set nor the test split; a record with ``set``,
``gold``, ``label``, ``confidence`` and ``features``) and, for each candidate rule of
:data:`CANDIDATES` (a family of conditions a high answer must meet to stay high, one parameter
on a grid), chooses the parameter on every set but one and scores it on the one left out. The
choice maximises ``right - K * wrong`` over the high answers kept (``--k``, default 9: a high
label is worth keeping where it is right at least 9 times in 10, the target). Per family of
sets (blind design halves b3..b10, blind11..17 design halves, dev, generated, other readable):
high right / high before -> after on the left-out sets, and medium's right / medium with what
left high. The in-sample sweep of each grid is printed below it.

    python eval/label_cv.py FILE.jsonl [--k 9]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

Record = dict[str, Any]
Keep = Callable[[Record, float], bool]
FAMILIES = ("b3..b10 design", "b11..b17 design", "dev", "generated", "other readable")


def _f(r: Record, name: str) -> float:
    return float(r["features"].get(name, 0.0))


#: name -> (grid, whether a high answer stays high at that parameter); the first grid value
#: keeps every high answer (the current label).
CANDIDATES: dict[str, tuple[tuple[float, ...], Keep]] = {
    "cutoff": ((0.90, 0.92, 0.94, 0.95, 0.96, 0.97), lambda r, t: _p(r) >= t),
    "margin": ((0.0, 0.02, 0.05, 0.1, 0.15, 0.2), lambda r, t: _f(r, "margin") >= t - 1e-9),
    "lexical": ((0.0, 0.2, 0.3, 0.4, 0.5), lambda r, t: _f(r, "lexical") >= t),
    "topic_cover": (
        (0.0, 0.5, 1.0),
        lambda r, t: _f(r, "topic_cover") >= t - 1e-9 or bool(_f(r, "no_topic")),
    ),
    "candidates_at_most": (
        (99.0, 3.0, 2.5, 2.0, 1.5),
        lambda r, t: _f(r, "candidates") <= t,
    ),
    # the speaker's only statement that passed: its margin is the "alone" 0.3, not a lead
    "speaker_alone_lexical": (
        (0.0, 0.2, 0.3, 0.4, 0.5),
        lambda r, t: not (_f(r, "speaker") and _f(r, "candidates") < 0.7) or _f(r, "lexical") >= t,
    ),
}


def _p(r: Record) -> float:
    return float(r.get("confidence", r.get("p", 0.0)))


def family(name: str) -> str:
    """The family of set ``name``."""
    if name.startswith("blind") and name.endswith("_design"):
        return "b3..b10 design" if int(name[5:].split("_")[0]) <= 10 else "b11..b17 design"
    return name if name in ("dev", "generated") else "other readable"


def _utility(rows: list[Record], keep: Keep, t: float, k: float) -> float:
    return sum(1.0 if r["gold"] else -k for r in rows if keep(r, t))


def _choose(rows: list[Record], grid: tuple[float, ...], keep: Keep, k: float) -> float:
    # ties go to the earlier (looser) value
    return max(grid, key=lambda t: (_utility(rows, keep, t, k), -grid.index(t)))


def left_out(
    records: list[Record], grid: tuple[float, ...], keep: Keep, k: float
) -> tuple[dict[str, Counter[str]], Counter[float]]:
    """Per family, the counts of the left-out sets under the parameter chosen without them,
    and how often each parameter was chosen."""
    high = [r for r in records if r["label"] == "high"]
    out: dict[str, Counter[str]] = defaultdict(Counter)
    chosen: Counter[float] = Counter()
    for name in sorted({r["set"] for r in records}):
        t = _choose([r for r in high if r["set"] != name], grid, keep, k)
        if any(r["set"] == name for r in high):
            chosen[t] += 1
        for r in (r for r in records if r["set"] == name):
            o, stays = out[family(name)], r["label"] == "high" and keep(r, t)
            o["high"] += r["label"] == "high"
            o["high_right"] += r["label"] == "high" and r["gold"]
            o["new_high"] += stays
            o["new_high_right"] += stays and r["gold"]
            o["medium"] += r["label"] == "medium"
            o["medium_right"] += r["label"] == "medium" and r["gold"]
            moved = r["label"] == "medium" or (r["label"] == "high" and not stays)
            o["new_medium"] += moved
            o["new_medium_right"] += moved and r["gold"]
    return out, chosen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("rows", type=Path)
    parser.add_argument("--k", type=float, default=9.0, help="cost of a wrong high in rights")
    args = parser.parse_args()
    lines = args.rows.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    records = [r for r in records if "holdout" not in r["set"] and not r.get("abstained")]
    high = [r for r in records if r["label"] == "high"]
    for name, (grid, keep) in CANDIDATES.items():
        out, chosen = left_out(records, grid, keep, args.k)
        full = _choose(high, grid, keep, args.k)
        print(f"{name}: chosen on every set {full}; left out: {dict(chosen)}")
        for fam in FAMILIES:
            o = out[fam]
            print(
                f"  {fam:16} high {o['high_right']}/{o['high']} -> "
                f"{o['new_high_right']}/{o['new_high']}   medium {o['medium_right']}/"
                f"{o['medium']} -> {o['new_medium_right']}/{o['new_medium']}"
            )
        for t in grid:
            kept = [r for r in high if keep(r, t)]
            right = sum(bool(r["gold"]) for r in kept)
            moved = sum(bool(r["gold"]) for r in high) - right
            print(f"    {t}: high {right}/{len(kept)}, right moved out {moved}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
