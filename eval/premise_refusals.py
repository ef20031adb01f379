"""Reading-only listing of the ``premise_unsupported`` refusals of a fold (issue 16 session 25
task C): per question of the base dump refused with that reason, the premise as parsed, its
needs (lrt_search.answer.premise), the stance and acts the shared reason code also stands for,
and, for an answerable question, its gold statement with its item heading, the needs it lacks
and the bullet before it. No `ask`: each question is read and searched as `ask` does before
choosing its statements.

    python eval/premise_refusals.py BASE.json [--fold design|validation] [--flipped]

Folds (docs/development.md): design = blind3..blind10 design halves, dev and the probes whose
file name starts a-m; validation = blind11..blind23 design halves, the probes n-z, generated
and the derived sets. ``--flipped`` swaps them (task C's class sits in the validation fold).
The held-out sets and the test split are never read.
"""

from __future__ import annotations

import argparse
import json
import re
import sys

from answer_misses import _frame  # the script's folder is on the path
from answer_sets import SETS, held_out

from lrt_search import Settings
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.lexicon.textnorm import normalize_for_match


def fold_of(name: str, flipped: bool = False) -> str:
    """The fold of the set ``name``: "design" or "validation" (generated and derived sets are
    always validation; ``flipped`` swaps the rest)."""
    blind = re.match(r"blind(\d+)_design$", name)
    if blind:
        early = 3 <= int(blind.group(1)) <= 10
    elif name.endswith("_probe") or name == "probes":
        early = name[0] < "n"
    elif name == "dev":
        early = True
    else:
        return "validation"
    return "design" if early != flipped else "validation"


def _gold_lines(engine, frame, quote: str) -> list[str]:
    """The gold statement's lines: its text, heading, speakers, the needs it lacks."""
    tokenize = frame.retriever.analyzer.tokenize
    wanted = normalize_for_match(quote)
    for chunk in engine.chunks:
        if chunk.kind == "header" or wanted not in normalize_for_match(chunk.text):
            continue
        heading = chunk.text.split("\n- ", 1)[0]
        for i, s in enumerate(chunk.statements):
            if wanted not in normalize_for_match(s.text):
                continue
            held = set(tokenize(s.text)) | set(tokenize(heading))
            lacks = [sorted(n)[:3] for n in frame.needs.premise_terms if not n & held]
            before = chunk.statements[i - 1].text if i else "(first of its part)"
            return [
                f"   gold: {s.text[:220]}",
                f"     heading={heading[:90]!r} speakers={s.speakers} lacks={lacks}",
                f"     before: {before[:160]}",
            ]
    return [f"   gold not in an item: {quote[:120]}"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("base", help="a dump of eval/answer_sets.py --dump")
    parser.add_argument("--fold", choices=("design", "validation"), default="design")
    parser.add_argument("--flipped", action="store_true")
    args = parser.parse_args()
    with open(args.base, encoding="utf-8") as f:
        base = json.load(f)
    wanted: dict[str, set[str]] = {}
    for key, row in base.items():
        name, qid = key.split(":", 1)
        if row.get("reason_code") != "premise_unsupported" or held_out(name):
            continue
        if name in SETS and fold_of(name, args.flipped) == args.fold:
            wanted.setdefault(name, set()).add(qid)
    engine = engine_for(Settings(), progress=False)
    for name, ids in wanted.items():
        path, split = SETS[name]
        for q in load_questions(path, split):
            if q.id not in ids:
                continue
            frame = _frame(engine, q.question)
            needs = frame.needs
            print(f"== {name}:{q.id} {'A' if q.answerable else 'U'} | {q.question}")
            terms = [sorted(n)[:4] for n in needs.premise_terms]
            print(
                f"   premise={needs.premise!r} needs={terms} stance={needs.stance!r}"
                f" acts={needs.acts!r}"
            )
            for gold in q.gold:
                print("\n".join(_gold_lines(engine, frame, gold.quote)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
