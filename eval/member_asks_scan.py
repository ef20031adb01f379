"""Reading-only scan for rule ``member_asks_read`` (no ``ask``): the readable questions whose
member reading (answer.asked_class.asked_member, rule which_member_named) the rule changes,
written as AFFECTED lines ("<set> <n> <id><flags> ...", flags G for a gold-bearing question,
then A/U) for eval/affected_ask.py; with ``-v``, each question with its reading off and on.
Held-out sets and the test split are never read.

    python eval/member_asks_scan.py > AFFECTED.txt
"""

from __future__ import annotations

import sys

from answer_sets import SETS, held_out  # the script's folder is on the path

from lrt_search.answer.asked_class import asked_member
from lrt_search.evaluation import load_questions


def main() -> int:
    """Print one AFFECTED line per set with a question the rule reads otherwise."""
    verbose = "-v" in sys.argv
    for name, (path, split) in SETS.items():
        if held_out(name) or split == "test":
            continue
        rows = []
        for q in load_questions(path, split):
            off, on = asked_member(q.question), asked_member(q.question, True, True)
            if off != on:
                rows.append(q.id + ("G" if q.gold else "") + ("A" if q.answerable else "U"))
                if verbose:
                    print(f"# {name} {rows[-1]} {off} -> {on}: {q.question}", file=sys.stderr)
        if rows:
            print(name, len(rows), *rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
