"""Reading-only scan for rule ``follow_ups_read`` (issue 16 session 29 task B2): every readable
question whose question sentence (search/preamble.question_sentence, rule preamble_context)
the rule changes - a follow-up pointing back by a bare "dat"/"that" or a determiner, a first
sentence that is itself an indirect question, an "it" standing for nothing. A question a claim
frame reads (rule claim_frame_read, read before preamble_context) is left out. No ``ask`` runs;
the held-out sets, the test split and blind30 (first-run only in session 30) are never read.

    PYTHONPATH=<this checkout> python eval/follow_ups_scan.py AFFECTED.txt
"""

from __future__ import annotations

import sys

from answer_sets import SETS  # the script's folder is on the path
from meeting_not_held_scan import fold
from reading_scan import affected_lines, flags, write_affected

from lrt_search.evaluation import Question
from lrt_search.search.claim_frame import claim_frame
from lrt_search.search.preamble import question_sentence


def main() -> int:
    """Write the AFFECTED lines to the file named first; print each question found."""

    def differs(name: str, q: Question) -> bool:
        if name.startswith("blind30") or claim_frame(q.question) is not None:
            return False
        on, off = question_sentence(q.question, True), question_sentence(q.question, False)
        if on == off:
            return False
        where = "design" if name == "generated" else fold(name, SETS[name][0])
        print(where, name, q.id, flags(q), "|", q.question, "| off:", off[0])
        return True

    write_affected(sys.argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
