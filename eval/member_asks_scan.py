"""Reading-only scan for rule ``member_asks_read`` (no ``ask``): the readable questions whose
member reading (answer.asked_class.asked_member, rule which_member_named) the rule changes,
written as AFFECTED lines ("<set> <n> <id><flags> ...", flags G for a gold-bearing question,
then A/U) for eval/affected_ask.py; with ``-v``, each question with its reading off and on.
Held-out sets and the test split are never read.

    python eval/member_asks_scan.py > AFFECTED.txt
"""

from __future__ import annotations

import sys

# the script's folder is on the path
from reading_scan import affected_lines, flags, print_affected

from lrt_search.answer.asked_class import asked_member
from lrt_search.evaluation import Question


def main() -> int:
    """Print one AFFECTED line per set with a question the rule reads otherwise."""
    verbose = "-v" in sys.argv

    def differs(name: str, q: Question) -> bool:
        off, on = asked_member(q.question), asked_member(q.question, True, True)
        if off != on and verbose:
            print(f"# {name} {q.id}{flags(q)} {off} -> {on}: {q.question}", file=sys.stderr)
        return off != on

    print_affected(affected_lines(differs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
