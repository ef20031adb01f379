"""Split the third speaker set (eval/speaker_blind2.jsonl, 70 statements written for task G
before any rule for them) at random into a design half and a holdout half of 35 each.

    python eval/split_speaker_blind2.py [--seed 8] [--check]

The split is seeded and stratified: statements with a speaker and statements without one are
shuffled apart with one generator, laid end to end and dealt alternately to the two halves, so
both halves hold the same share of statements nobody speaks in. Rows keep their ids and order.
The design half (eval/speaker_blind2_design.jsonl) may be studied for misses; the holdout half
(eval/speaker_blind2_holdout.jsonl) is only measured. ``--check`` writes nothing and fails when
the committed halves differ from a fresh split.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "speaker_blind2.jsonl"
DESIGN = HERE / "speaker_blind2_design.jsonl"
HOLDOUT = HERE / "speaker_blind2_holdout.jsonl"
SEED = 8  # session 8


def read_rows(path: Path) -> list[dict]:
    """The JSON rows of a statement file, in file order."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def split(rows: list[dict], seed: int = SEED) -> tuple[list[dict], list[dict]]:
    """The design and holdout halves of ``rows``, each in source order."""
    rng = random.Random(seed)
    dealt: list[str] = []
    for speaks in (True, False):
        ids = [row["id"] for row in rows if bool(row["speakers"]) == speaks]
        rng.shuffle(ids)
        dealt.extend(ids)
    design = set(dealt[0::2])
    return [r for r in rows if r["id"] in design], [r for r in rows if r["id"] not in design]


def _text(rows: list[dict]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check`` compare) the two halves."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    design, holdout = split(read_rows(SOURCE), args.seed)
    if args.check:
        same = DESIGN.read_text(encoding="utf-8") == _text(design)
        same = same and HOLDOUT.read_text(encoding="utf-8") == _text(holdout)
        print("halves match the split" if same else "halves differ from the split")
        return 0 if same else 1
    DESIGN.write_text(_text(design), encoding="utf-8")
    HOLDOUT.write_text(_text(holdout), encoding="utf-8")
    print(f"design {len(design)}, holdout {len(holdout)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
