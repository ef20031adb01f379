"""Recall of the gold passages at the depths `ask` reads, per family and language, no `ask`.

    python eval/recall_depth.py [CONFIG.toml ...] [--families design,dev,generated,probes]
        [--sets a,b] [--json OUT.json]

`ask` decides on its first ``answer_depth`` (5) passages and quotes from the first
``quote_depth`` (10) of `Engine.search_question` (answer/passages.py); a gold statement ranked
lower is never read (``gold_not_retrieved`` in eval/answer_misses.py). This prints, for the
default and each configuration, R@5 / R@10 / R@20 / R@50 of each family's answerable questions
(the first chunk holding a gold quote, eval/retrieval_sets.py's qrels) by language, where the
gold stands when missed at 10, and the questions whose gold moved into or out of the first 10
with a paired sign-flip permutation p of R@10. Holdout sets and the test split are never run.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

from answer_sets import SETS  # the script's folder is on the path

from lrt_search.config import Settings
from lrt_search.evaluation import load_questions
from lrt_search.evaluation.metrics import Qrels
from lrt_search.service import Engine

DEPTHS = (5, 10, 20, 50)


def _family(name: str) -> str | None:
    """The family of a readable set; None for a held-out one (never run)."""
    if "holdout" in name or "holdout" in str(SETS[name][0]) or SETS[name][1] == "test":
        return None
    if name.startswith("blind") and name.endswith("_design"):
        return "design"
    return name if name in ("dev", "generated") else "probes"


def ranks(
    engine: Engine, families: set[str], sets: set[str] | None = None
) -> dict[str, tuple[str, str, int | None]]:
    """question id -> (family, language, rank of its first gold chunk in the first 50), for
    the sets of ``families`` (only those of ``sets`` when given)."""
    out: dict[str, tuple[str, str, int | None]] = {}
    for name in SETS:
        family = _family(name)
        if family not in families or (sets and name not in sets):
            continue
        questions = [q for q in load_questions(*SETS[name]) if q.answerable]
        relevant = Qrels.from_questions(questions, engine.chunks).relevant
        for q in questions:
            if q.id not in relevant or f"{name}:{q.id}" in out:
                continue
            _, hits = engine.search_question(q.question, k=max(DEPTHS))
            ids = [h.chunk_id for h in hits]
            first = next((i for i, c in enumerate(ids, 1) if c in relevant[q.id]), None)
            out[f"{name}:{q.id}"] = (family, q.lang, first)
    return out


def _recall(rows: list[int | None], k: int) -> float:
    return sum(r is not None and r <= k for r in rows) / len(rows) if rows else float("nan")


def table(label: str, got: dict[str, tuple[str, str, int | None]]) -> None:
    """R@k per family and language, and where the misses at 10 stand."""
    groups: dict[tuple[str, str], list[int | None]] = defaultdict(list)
    for family, lang, rank in got.values():
        groups[(family, lang)].append(rank)
        groups[(family, "all")].append(rank)
    print(f"## {label}")
    for (family, lang), rows in sorted(groups.items()):
        cells = " ".join(f"R@{k} {_recall(rows, k):.3f}" for k in DEPTHS)
        missed = sorted((r for r in rows if r is None or r > 10), key=lambda r: r or 99)
        where = ",".join(str(r) if r else "-" for r in missed[:30])
        print(f"{family:10} {lang:3} n={len(rows):4} {cells}  missed@10 ranks: {where}")


def paired(base: dict, other: dict, k: int = 10, rounds: int = 5000) -> None:
    """Per family: questions into / out of the first ``k``, sign-flip permutation p."""
    by_family: dict[str, list[int]] = defaultdict(list)
    moved: dict[str, list[str]] = defaultdict(list)
    for qid, (family, _, rank) in base.items():
        a = rank is not None and rank <= k
        b = other[qid][2] is not None and other[qid][2] <= k
        by_family[family].append(int(b) - int(a))
        if a != b:
            moved[family].append(("+" if b else "-") + qid)
    rng = random.Random(0)
    for family, diffs in sorted(by_family.items()):
        observed = abs(sum(diffs))
        nonzero = [d for d in diffs if d]
        hits = sum(
            abs(sum(d if rng.random() < 0.5 else -d for d in nonzero)) >= observed
            for _ in range(rounds)
        )
        p = (hits + 1) / (rounds + 1)
        print(f"  {family:10} R@{k} +{diffs.count(1)} -{diffs.count(-1)} p {p:.3f}  "
              + " ".join(moved[family][:40]))  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    """The default's table, then each configuration's with its paired comparison."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("configs", nargs="*", type=Path)
    parser.add_argument("--families", default="design,dev,generated,probes")
    parser.add_argument("--sets", default="", help="only these sets (of the families)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    families = set(args.families.split(","))
    sets = set(filter(None, args.sets.split(",")))
    engine = Engine.load(progress=False)
    base = ranks(engine, families, sets)
    table("default", base)
    saved = {"default": base}
    for path in args.configs:
        settings = Settings.from_toml(path, base=engine.settings)
        other = ranks(engine.with_settings(settings), families, sets)
        table(path.stem, other)
        paired(base, other, 5)
        paired(base, other, 10)
        saved[path.stem] = other
    if args.json:
        args.json.write_text(json.dumps(saved))
    return 0


if __name__ == "__main__":
    sys.exit(main())
