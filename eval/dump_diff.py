"""Which answers two runs of ``eval/answer_sets.py --dump`` differ on, question by question.

    python eval/answer_sets.py --dump before.json
    python eval/answer_sets.py --config FILE.toml --dump after.json
    python eval/dump_diff.py before.json after.json

Prints, per set, every question whose abstention, confidence label, reason code or gold quoted
changed (before -> after), and the count of questions compared. The held-out sets ("*holdout")
are counted only: their questions are never listed. Confidences are compared to 3 decimals.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from answer_sets import held_out  # the script's folder is on the path

_FIELDS = ("abstained", "label", "reason_code", "has_gold")


def _state(record: dict) -> tuple:
    return (*(record.get(f) for f in _FIELDS), round(record.get("confidence", 0.0), 3))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    args = parser.parse_args()
    before = json.loads(args.before.read_text(encoding="utf-8"))
    after = json.loads(args.after.read_text(encoding="utf-8"))
    compared: Counter[str] = Counter()
    changed: Counter[str] = Counter()
    for key in sorted(before.keys() & after.keys()):
        name, qid = key.split(":", 1)
        compared[name] += 1
        a, b = before[key], after[key]
        if _state(a) == _state(b):
            continue
        changed[name] += 1
        if held_out(name):
            continue
        print(
            f"{name} {qid}: "
            + "  ".join(f"{f} {a.get(f)} -> {b.get(f)}" for f in _FIELDS if a.get(f) != b.get(f))
            + f"  confidence {a.get('confidence', 0):.3f} -> {b.get('confidence', 0):.3f}"
        )
    for name in compared:
        print(f"{name}: {changed[name]} of {compared[name]} questions changed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
