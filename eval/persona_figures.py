"""The answer figures of `ask` per persona of a blind set whose rows carry a ``persona``
(eval/blind4.md; eval/blind5.md, whose ``persona`` is the question style), read from the dump
of `eval/answer_sets.py`:

    python eval/answer_sets.py --sets blind4_design,blind4_holdout --dump /tmp/b4.json
    python eval/persona_figures.py /tmp/b4.json [--sets blind4_design,blind4_holdout]

Per set and persona: false abstentions (answerable questions abstained on), unanswerable
questions abstained on, and gold quoted (answerable questions answered with a quote holding a
gold quote). Only counts are printed, never a question, so a holdout half can be measured
without reading its misses.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from answer_sets import SETS  # the script's folder is on the path


def _share(a: int, b: int) -> str:
    return f"{a}/{b} ({a / b:.3f})" if b else "-"


def persona_counts(dump: dict[str, dict], name: str) -> dict[str, dict[str, int]]:
    """Per persona of set ``name``: answerable, unanswerable, false abstentions, unanswerable
    abstained on, gold quoted; from the ``name:id`` records of ``dump``."""
    path, _ = SETS[name]
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in rows:
        record = dump[f"{name}:{row['id']}"]
        c = counts[row["persona"]]
        if row["answerable"]:
            c["answerable"] += 1
            c["false_abstentions"] += record["abstained"]
            c["gold"] += (not record["abstained"]) and record["has_gold"]
        else:
            c["unanswerable"] += 1
            c["abstained"] += record["abstained"]
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dump", type=Path, help="the --dump file of eval/answer_sets.py")
    parser.add_argument("--sets", default="blind4_design,blind4_holdout")
    args = parser.parse_args()
    dump = json.loads(args.dump.read_text(encoding="utf-8"))
    for name in args.sets.split(","):
        for persona, c in sorted(persona_counts(dump, name).items()):
            print(
                f"{name:15} {persona:11} false abstentions "
                f"{_share(c['false_abstentions'], c['answerable'])}  unanswerable abstained "
                f"{_share(c['abstained'], c['unanswerable'])}  gold quoted "
                f"{_share(c['gold'], c['answerable'])}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
