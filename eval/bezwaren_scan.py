"""Reading-only scan for the plural "bezwaren" in stances.toml `asked` (issue 16 session 29 task
B2): "bezwaar*" matches "bezwaar", "bezwaarschrift", not the plural "bezwaren", so "Welke bezwaren
uitte Aedes ...?" named no negative stance at main. Lists every readable question whose stance
words (answer/stance.stance_words) differ with the plural read and with it masked (main's
reading). No ``ask`` runs; held-out sets, the test split and blind29 are never read.

    PYTHONPATH=<this checkout> python eval/bezwaren_scan.py AFFECTED.txt
"""

from __future__ import annotations

import re
import sys

from answer_sets import SETS  # the script's folder is on the path
from meeting_not_held_scan import fold
from reading_scan import affected_lines, flags, write_affected

from lrt_search.answer.stance import stance_words
from lrt_search.evaluation import Question

_PLURAL = re.compile(r"\bbezwaren\b", re.I)


def main() -> int:
    """Write the AFFECTED lines to the file named first; print each question found."""

    def differs(name: str, q: Question) -> bool:
        if name.startswith("blind29") or not _PLURAL.search(q.question):
            return False
        on, off = stance_words(q.question), stance_words(_PLURAL.sub("xxxxxxxx", q.question))
        if on == off:
            return False
        where = "design" if name == "generated" else fold(name, SETS[name][0])
        print(where, name, q.id, flags(q), "|", q.question, "|", sorted(off), "->", sorted(on))
        return True

    write_affected(sys.argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
