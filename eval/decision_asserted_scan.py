"""Which readable questions ask about, claim or presuppose a decision, agreement or commitment
(issue 16 session 24 task C, rule ``record_holds_claim``): reading only, no ``ask``.

    python eval/decision_asserted_scan.py [--sets a,b] [--dump BASE.json] [--affected OUT.txt]

Per question of intent ``agreed``: fold, set, id, A/U, its kind ("asked": what was agreed;
"claimed": a yes/no question or a claim to check; "why": a why whose premise is a decision) and,
with ``--dump``, what the base dump did (answered with or without gold, or the reason of its
abstention). ``--affected`` writes the questions the rule reads (kinds "claimed" and "why") as
eval/affected_ask.py's AFFECTED lines. Held-out sets are skipped; the test split is never read.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from answer_sets import SETS, readable_sets  # the script's folder is on the path
from reading_scan import affected_lines, write_affected

from lrt_search import Settings
from lrt_search.answer.records import asserts_decision
from lrt_search.answer.understanding import understand
from lrt_search.evaluation import Question, engine_for


def fold(name: str) -> str:
    """The fold of a readable set (brief of session 24): design or validation."""
    if name.startswith("blind") and name.endswith("_design"):
        number = int(name[5:].split("_")[0])
        return "design" if number <= 10 else ("first-run" if number >= 22 else "validation")
    if name == "dev":
        return "design"
    file = Path(SETS[name][0]).name
    if "probe" in name or name == "probes":
        return "design" if "a" <= file[0] <= "m" else "validation"
    return "validation"


def kind(engine, question: str) -> str:
    """ "asked", "claimed", "why" for a question of intent ``agreed``, else ""."""
    frame = understand(engine, question, None, None, None)
    parsed = frame.parsed
    if parsed is None or not parsed.asks("agreed"):
        return ""
    if not asserts_decision(frame):
        return "asked"
    return "why" if parsed.asks("why") else "claimed"


def _outcome(record: dict | None) -> str:
    if record is None:
        return "?"
    if record["abstained"]:
        return f"refused:{record['reason_code']}"
    return "gold" if record["has_gold"] else "answered"


def main() -> int:
    """Print the class listing and its counts per fold; write AFFECTED with ``--affected``."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default=readable_sets())
    parser.add_argument("--dump", default="")
    parser.add_argument("--affected", default="")
    args = parser.parse_args()
    engine = engine_for(Settings(), progress=False)
    base = json.loads(Path(args.dump).read_text(encoding="utf-8")) if args.dump else {}
    counts: Counter[tuple[str, str, str, str]] = Counter()

    def differs(name: str, q: Question) -> bool:
        found = kind(engine, q.question)
        if not found:
            return False
        outcome = _outcome(base.get(f"{name}:{q.id}"))
        label = "A" if q.answerable else "U"
        counts[(fold(name), found, label, outcome.split(":")[0])] += 1
        if fold(name) != "first-run":  # blind22/23: final figures only, never read here
            print(fold(name), name, q.id, label, found, outcome, q.question, sep="\t")
        return found != "asked"

    lines = affected_lines(differs, args.sets)
    if args.affected:
        write_affected(args.affected, lines)
    for key, n in sorted(counts.items()):
        print("count", *key, n, sep="\t")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
