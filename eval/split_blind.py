"""Split a blind question set written from the minutes for issue 16 (eval/blindN_source.jsonl,
one ``[[blind]]`` table of eval/answer_sets.toml each: eval/blind_sets.py) at random into a
design half and a holdout half.

    python eval/split_blind.py [--set blindN] [--seed N] [--strata a,b] [--check]

``--set NAME`` reads eval/NAME_source.jsonl and writes eval/NAME_design.jsonl and
eval/NAME_holdout.jsonl; its seed and strata default to the set's ``[[blind]]`` table (blind3:
seed 16, answerability and language; blind4 to blind19: seed 16, answerability, persona - the
question style for blind5 to blind10 - and language; blind20 seed 17, blind21 seed 18; each
table's description names its personas).
The split is seeded and stratified: each stratum is shuffled, the strata are laid end to end
and the questions are dealt alternately to the two halves, so both halves hold the same mix
within one question. Rows keep their ids and order.
``--check`` writes nothing and fails when the committed halves differ from a fresh split.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from blind_sets import BLIND, REGISTRY_FILE, blind_sets  # the script's folder is on the path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "blind3_source.jsonl"
DESIGN = HERE / "blind3_design.jsonl"
HOLDOUT = HERE / "blind3_holdout.jsonl"
SEED = 16  # issue 16
STRATA = ("answerable", "lang")
#: Per blind set of the registry: the seed and strata of its split.
SETS: dict[str, tuple[int, tuple[str, ...]]] = {n: (b.seed, b.strata) for n, b in BLIND.items()}


def paths(name: str, folder: Path = HERE) -> tuple[Path, Path, Path]:
    """The source, design and holdout files of the blind set ``name`` in ``folder``."""
    return tuple(folder / f"{name}_{part}.jsonl" for part in ("source", "design", "holdout"))


def read_rows(path: Path) -> list[dict]:
    """The JSON rows of a question file, in file order."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def split(
    rows: list[dict], seed: int = SEED, strata_keys: tuple[str, ...] = STRATA
) -> tuple[list[dict], list[dict]]:
    """The design and holdout halves of ``rows``: strata by the values of ``strata_keys``, each
    shuffled with one seeded generator, dealt alternately; each half in source order."""
    rng = random.Random(seed)
    strata: dict[tuple, list[str]] = {}
    for row in rows:
        strata.setdefault(tuple(row[k] for k in strata_keys), []).append(row["id"])
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
    parser.add_argument("--set", default="blind3")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--strata", default=None, help="comma-separated row keys")
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--registry", type=Path, default=REGISTRY_FILE, help=argparse.SUPPRESS)
    args = parser.parse_args()
    sets = blind_sets(args.registry)  # another registry (and its folder) for the tests
    if args.set not in sets:
        parser.error(f"--set {args.set}: no [[blind]] table of that name in {args.registry}")
    seed = sets[args.set].seed if args.seed is None else args.seed
    keys = sets[args.set].strata if args.strata is None else tuple(args.strata.split(","))
    source, design_path, holdout_path = paths(args.set, args.registry.parent)
    design, holdout = split(read_rows(source), seed, keys)
    if args.check:
        same = design_path.read_text(encoding="utf-8") == _text(design)
        same = same and holdout_path.read_text(encoding="utf-8") == _text(holdout)
        print("the halves match a fresh split" if same else "the halves differ from a fresh split")
        return 0 if same else 1
    design_path.write_text(_text(design), encoding="utf-8")
    holdout_path.write_text(_text(holdout), encoding="utf-8")
    print(f"{design_path.name}: {len(design)}  {holdout_path.name}: {len(holdout)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
