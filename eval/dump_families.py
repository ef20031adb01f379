"""Figures of one or two runs of ``eval/answer_sets.py --dump`` summed per family of sets: the
halves of the blind sets of one ``family`` of their ``[[blind]]`` tables (eval/blind_sets.py;
blind3..blind10: "blind design b3..b10" and "blind holdout b3..b10"), each half of every other
blind set on its own (blind11 onwards, and any set registered later), dev, generated, the other
held-out sets and every other readable set;
with two dumps, on the questions both hold.

    python eval/dump_families.py before.json after.json
    python eval/dump_families.py after.json

Per family: false abstentions, unanswerable abstained and gold quoted (before -> after), and the
label reliability of the answers given: per label (high / medium / low), how many answers hold a
gold quote (an answer to an unanswerable question never does). Held-out sets are summed only:
no question of theirs is listed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from blind_sets import BLIND, BlindSet, half_set  # the script's folder is on the path

LABELS = ("high", "medium", "low")


def family(key: str, sets: dict[str, BlindSet] = BLIND) -> str:
    """The family of a dump key ("blind4_design:b4-011" -> "blind design b3..b10") among the
    blind sets ``sets`` (the registry's)."""
    name = key.split(":")[0]
    blind = half_set(name, sets)
    if blind:
        part = name.rpartition("_")[2]
        return f"blind {part} {sets[blind].family}" if sets[blind].family else name
    if "holdout" in name:
        return "other holdout"
    return name if name in ("dev", "generated") else "other readable"


def figures(dump: dict[str, dict], keys: list[str]) -> str:
    """``FA a/n, unanswerable abstained u/m, gold g`` of ``keys``."""
    answerable = [dump[k] for k in keys if dump[k]["answerable"]]
    unanswerable = [dump[k] for k in keys if not dump[k]["answerable"]]
    false = sum(r["abstained"] for r in answerable)
    right = sum(r["abstained"] for r in unanswerable)
    gold = sum(r["has_gold"] for r in answerable)
    return (
        f"FA {false}/{len(answerable)}, unanswerable abstained {right}/{len(unanswerable)}, "
        f"gold {gold}"
    )


def reliability(dump: dict[str, dict], keys: list[str]) -> str:
    """Per label, answers holding gold / answers given."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for key in keys:
        record = dump[key]
        if record["abstained"]:
            continue
        cell = counts[record["label"]]
        cell[1] += 1
        cell[0] += int(record["answerable"] and record["has_gold"])
    return ", ".join(
        f"{label} {counts[label][0]}/{counts[label][1]}" for label in LABELS if counts[label][1]
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dumps", nargs="+", type=Path, help="one dump, or before and after")
    args = parser.parse_args()
    if len(args.dumps) > 2:
        parser.error("give one dump, or two (before, after)")
    dumps = [json.loads(p.read_text(encoding="utf-8")) for p in args.dumps]
    keys = [k for k in dumps[-1] if all(k in d for d in dumps)]
    by_family: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        by_family[family(key)].append(key)
    for name in sorted(by_family):
        group = by_family[name]
        print(f"{name} ({len(group)} questions)")
        print("  " + " -> ".join(figures(d, group) for d in dumps))
        print("  labels: " + " -> ".join(reliability(d, group) for d in dumps))
    return 0


if __name__ == "__main__":
    sys.exit(main())
