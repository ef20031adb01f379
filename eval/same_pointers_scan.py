"""Reading-only scan for rule ``same_pointers_read`` (issue 16 session 30 task B2; blind30
class 2): every question of the readable sets (no held-out set, no test split, not blind30:
first-run only) read by ``question_sentence`` with the rule and without; prints each question
whose question sentence differs and writes AFFECTED lines for eval/affected_ask.py. The
question is read as written (the abbreviation, spelling, lead-in and aside readings before it
keep its sentences and pointers; a claim frame, read instead of it, is asked anyway). No
``ask`` runs.

    python eval/same_pointers_scan.py AFFECTED.txt
"""

from __future__ import annotations

import sys

from reading_scan import affected_lines, flags, write_affected  # the script's folder is on the path

from lrt_search.evaluation import Question
from lrt_search.search.preamble import question_sentence


def main() -> int:
    """Write the AFFECTED lines to the file named first; print each question read otherwise."""

    def differs(name: str, q: Question) -> bool:
        if name.startswith("blind30"):
            return False
        on, off = question_sentence(q.question, True), question_sentence(q.question, False)
        if on != off:
            print(name, q.id, flags(q), repr(off[1]), "->", repr(on[1]), q.question, sep="\t")
        return on != off

    lines = affected_lines(differs)
    write_affected(sys.argv[1], lines)
    print(f"questions read otherwise: {sum(int(line.split()[1]) for line in lines)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
