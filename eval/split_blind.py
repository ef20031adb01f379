"""Split a blind question set written from the minutes for issue 16 (eval/blind3_source.jsonl:
120 questions; eval/blind4_source.jsonl ... eval/blind8_source.jsonl: 110 each;
eval/blind9_source.jsonl, eval/blind10_source.jsonl and eval/blind11_source.jsonl: 100 each;
eval/blind12_source.jsonl, eval/blind13_source.jsonl, eval/blind14_source.jsonl,
eval/blind15_source.jsonl, eval/blind16_source.jsonl, eval/blind17_source.jsonl and
eval/blind18_source.jsonl, eval/blind19_source.jsonl, eval/blind20_source.jsonl and
eval/blind21_source.jsonl: 110 each)
at random into a design half and a holdout half.

    python eval/split_blind.py [--set blind3|...|blind21] [--seed N] [--strata a,b] [--check]

``--set NAME`` reads eval/NAME_source.jsonl and writes eval/NAME_design.jsonl and
eval/NAME_holdout.jsonl; its seed and strata default to the set's entry in ``SETS`` (blind3:
seed 16, answerability and language; blind4 to blind19: seed 16, answerability, persona
(blind5 to blind10: the question style; blind11: adviser, researcher or journalist; blind12:
the news reader's question form; blind13: a policy adviser's briefing question or a reporter's
phone query; blind14: an academic researcher, a municipal councillor or a foreign correspondent;
blind15: a provincial policy adviser, an investigative journalist or a refugee NGO's staff
member; blind16: a municipal policy officer, a housing corporation or COA staff member or a
foreign researcher; blind17: a provincial government or King's commissioner's office staff
member, a journalist on deadline or a parliamentary staffer or international NGO analyst;
blind18: a municipal policy officer, a thesis researcher or a COA, Aedes or ministry staff member;
blind19: a fact checker, a new member of the LRT's secretariat or an international analyst;
blind20, seed 17: a municipal councillor, a refugee-support NGO's policy officer or a
parliamentary researcher; blind21, seed 18: a voice-assistant user's spoken query, a municipal
or provincial lawyer or a data journalist) and language).
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

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "blind3_source.jsonl"
DESIGN = HERE / "blind3_design.jsonl"
HOLDOUT = HERE / "blind3_holdout.jsonl"
SEED = 16  # issue 16
STRATA = ("answerable", "lang")
SETS: dict[str, tuple[int, tuple[str, ...]]] = {
    "blind3": (SEED, STRATA),
    "blind4": (SEED, ("answerable", "persona", "lang")),
    "blind5": (SEED, ("answerable", "persona", "lang")),
    "blind6": (SEED, ("answerable", "persona", "lang")),
    "blind7": (SEED, ("answerable", "persona", "lang")),
    "blind8": (SEED, ("answerable", "persona", "lang")),
    "blind9": (SEED, ("answerable", "persona", "lang")),
    "blind10": (SEED, ("answerable", "persona", "lang")),
    "blind11": (SEED, ("answerable", "persona", "lang")),
    "blind12": (SEED, ("answerable", "persona", "lang")),
    "blind13": (SEED, ("answerable", "persona", "lang")),
    "blind14": (SEED, ("answerable", "persona", "lang")),
    "blind15": (SEED, ("answerable", "persona", "lang")),
    "blind16": (SEED, ("answerable", "persona", "lang")),
    "blind17": (SEED, ("answerable", "persona", "lang")),
    "blind18": (SEED, ("answerable", "persona", "lang")),
    "blind19": (SEED, ("answerable", "persona", "lang")),
    "blind20": (17, ("answerable", "persona", "lang")),
    "blind21": (18, ("answerable", "persona", "lang")),
}


def paths(name: str) -> tuple[Path, Path, Path]:
    """The source, design and holdout files of the blind set ``name``."""
    return tuple(HERE / f"{name}_{part}.jsonl" for part in ("source", "design", "holdout"))


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
    parser.add_argument("--set", default="blind3", choices=sorted(SETS))
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--strata", default=None, help="comma-separated row keys")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    seed, keys = SETS[args.set]
    seed = seed if args.seed is None else args.seed
    keys = keys if args.strata is None else tuple(args.strata.split(","))
    source, design_path, holdout_path = paths(args.set)
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
