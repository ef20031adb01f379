"""Split the third blind question set (eval/blind3_source.jsonl, 120 questions written from
the minutes for issue 16) at random into a design half and a holdout half of 60 each.

    python eval/split_blind3.py [--seed 16] [--check]

The split is seeded and stratified by answerability and language: each stratum (answerable
Dutch, answerable English, unanswerable Dutch, unanswerable English) is shuffled, the strata
are laid end to end and the questions are dealt alternately to the two halves, so both halves
hold the same mix within one question. Rows keep their ids (b3-001 ... b3-120) and order.
``--check`` writes nothing and fails when the committed halves differ from a fresh split.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "blind3_source.jsonl"
DESIGN = HERE / "blind3_design.jsonl"
HOLDOUT = HERE / "blind3_holdout.jsonl"
SEED = 16  # issue 16


def read_rows(path: Path) -> list[dict]:
    """The JSON rows of a question file, in file order."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def split(rows: list[dict], seed: int = SEED) -> tuple[list[dict], list[dict]]:
    """The design and holdout halves of ``rows``: strata by (answerable, lang), each shuffled
    with one seeded generator, dealt alternately; each half in source order."""
    rng = random.Random(seed)
    strata: dict[tuple[bool, str], list[str]] = {}
    for row in rows:
        strata.setdefault((row["answerable"], row["lang"]), []).append(row["id"])
    dealt: list[str] = []
    for key in sorted(strata):
        ids = strata[key]
        rng.shuffle(ids)
        dealt.extend(ids)
    design = set(dealt[0::2])
    return [r for r in rows if r["id"] in design], [r for r in rows if r["id"] not in design]


def _text(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    design, holdout = split(read_rows(SOURCE), args.seed)
    if args.check:
        same = DESIGN.read_text(encoding="utf-8") == _text(design)
        same = same and HOLDOUT.read_text(encoding="utf-8") == _text(holdout)
        print("the halves match a fresh split" if same else "the halves differ from a fresh split")
        return 0 if same else 1
    DESIGN.write_text(_text(design), encoding="utf-8")
    HOLDOUT.write_text(_text(holdout), encoding="utf-8")
    print(f"{DESIGN.name}: {len(design)}  {HOLDOUT.name}: {len(holdout)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
