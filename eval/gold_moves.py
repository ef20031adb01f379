"""Does `ask` quote gold where the search moved the gold passage? Two runs of
``eval/answer_sets.py --dump`` (the default, and ``--config FILE``) compared question by
question: every answerable question whose gold quoted changed, with its R@5 and MRR@10 under
both searches.

    python eval/answer_sets.py --dump base.json
    python eval/answer_sets.py --config FILE.toml --dump other.json
    python eval/gold_moves.py base.json other.json FILE.toml

Prints one line per changed question (set, id, gold before -> after, R@5 and MRR@10 before ->
after) and counts: gains whose gold passage rose (R@5 or MRR@10 up), losses whose gold passage
fell. The held-out sets ("*holdout") are left out (measured only: their questions are never
listed). The test split is never run.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from answer_sets import SETS, held_out  # the script's folder is on the path

from lrt_search.config import Settings
from lrt_search.evaluation import evaluate, load_questions
from lrt_search.service import Engine


def changed(base: dict, other: dict) -> dict[str, list[str]]:
    """Question ids per set whose gold quoted differs between the two dumps."""
    out: dict[str, list[str]] = {}
    for key, rec in base.items():
        name, qid = key.split(":", 1)
        if held_out(name) or key not in other or not rec["answerable"]:
            continue
        if rec["has_gold"] != other[key]["has_gold"]:
            out.setdefault(name, []).append(qid)
    return out


def main(argv: list[str] | None = None) -> int:
    """One line per changed question, then the counts."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("base", type=Path)
    parser.add_argument("other", type=Path)
    parser.add_argument("config", type=Path)
    args = parser.parse_args(argv)
    base, other = (json.loads(p.read_text(encoding="utf-8")) for p in (args.base, args.other))
    engine = Engine.load(progress=False)
    engines = (engine, engine.with_settings(Settings.from_toml(args.config, base=engine.settings)))
    counts = {"gained, passage rose": 0, "gained": 0, "lost, passage fell": 0, "lost": 0}
    for name, ids in changed(base, other).items():
        file, split = SETS[name]
        questions = [q for q in load_questions(file, split) if q.id in ids]
        runs = [evaluate(e, questions, answers=False, progress=False).per_question for e in engines]
        for q in questions:
            before, after = (r.get(q.id, {}) for r in runs)
            r5 = (before.get("R@5", 0.0), after.get("R@5", 0.0))
            rr = (before.get("MRR@10", 0.0), after.get("MRR@10", 0.0))
            gained = bool(other[f"{name}:{q.id}"]["has_gold"])
            rose, fell = r5[1] > r5[0] or rr[1] > rr[0], r5[1] < r5[0] or rr[1] < rr[0]
            key = ("gained, passage rose" if rose else "gained") if gained else (
                "lost, passage fell" if fell else "lost")  # fmt: skip
            counts[key] += 1
            print(f"{name}:{q.id}  gold {'gained' if gained else 'lost'}  R@5 {r5[0]:.2f} -> "
                  f"{r5[1]:.2f}  MRR@10 {rr[0]:.2f} -> {rr[1]:.2f}")  # fmt: skip
    print("; ".join(f"{k}: {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
