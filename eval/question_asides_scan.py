"""Reading-only scan for rule ``question_asides_read`` (issue 16 session 27 task A2): every
readable question whose text the aside reader changes (search/asides.read_asides: an aside, a
lead, a hedge or a gloss dropped). No ``ask`` runs; the held-out sets, the test split and
blind27 are never read. Folds as the task says: "design" is blind3..10 design halves, dev,
probes a-m and the generated set; "validation" the rest.

    PYTHONPATH=<this checkout> python eval/question_asides_scan.py AFFECTED.txt
"""

from __future__ import annotations

import sys

from answer_sets import SETS  # the script's folder is on the path
from meeting_not_held_scan import fold
from reading_scan import affected_lines, flags, write_affected

from lrt_search.evaluation import Question
from lrt_search.search.asides import read_asides


def main() -> int:
    """Write the AFFECTED lines to the file named first; print each question found."""

    def differs(name: str, q: Question) -> bool:
        if name.startswith("blind27"):
            return False
        text, asides = read_asides(q.question)
        if not asides:
            return False
        where = "design" if name == "generated" else fold(name, SETS[name][0])
        print(where, name, q.id, flags(q), asides, "|", q.question, "->", text)
        return True

    write_affected(sys.argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
