"""Count the claim questions ("Klopt het dat ...", "Is it true that ...": intent ``claim_check``)
of the readable answer sets by what `ask` did with them, from a dump of eval/answer_sets.py.

    python eval/claim_questions.py DUMP.json [--list]

Per set: answered with gold, answered without, refused (by reason code), for answerable and
unanswerable claims; ``--list`` prints each claim with its outcome and its gold, to read whether
the gold confirms or contradicts the claim. Held-out sets ("*holdout", "holdout") are never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from lrt_search.lexicon.intents import asks

sys.path.insert(0, str(Path(__file__).resolve().parent))
from answer_sets import held_out, registry


def _outcome(record: dict[str, object]) -> str:
    if record["abstained"]:
        return f"refused:{record['reason_code']}"
    return "answered+gold" if record["has_gold"] else "answered-nogold"


def main() -> int:
    """Print the counts (and with ``--list`` the claims) of the dump given."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dump", type=Path)
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    dump = json.loads(args.dump.read_text(encoding="utf-8"))
    total: Counter[str] = Counter()
    for answer_set in registry():
        if held_out(answer_set.name) or "holdout" in answer_set.file.name:
            continue
        if not answer_set.file.exists():
            continue
        counts: Counter[str] = Counter()
        for line in answer_set.file.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            if row.get("split") == "test" or not asks("claim_check", row["question"]):
                continue
            record = dump.get(f"{answer_set.name}:{row['id']}")
            if record is None:
                continue
            kind = "A" if row.get("answerable") else "U"
            key = f"{kind} {_outcome(record)}"
            counts[key] += 1
            if args.list:
                gold = " | ".join(g.get("quote", "") for g in row.get("gold") or [])
                print(f"[{answer_set.name}:{row['id']}] {key}\n  Q: {row['question']}\n  G: {gold}")
        if counts:
            print(f"{answer_set.name}: " + ", ".join(f"{k} {n}" for k, n in sorted(counts.items())))
        total.update(counts)
    print("all: " + ", ".join(f"{k} {n}" for k, n in sorted(total.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
