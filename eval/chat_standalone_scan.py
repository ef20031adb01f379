"""Reading-only scan for the standalone guard of rule ``chat_abbreviations`` (issue 16, session
23 task G4): every question of the readable sets (no held-out set, no test split) read by
``read_abbreviations`` with the guard (a chat form is read only as a word standing alone, not the
"R" of "I&R") and without it (``standalone`` always true, as before); prints each question whose
reading differs and writes AFFECTED lines for eval/affected_ask.py. No ``ask`` runs.

    python eval/chat_standalone_scan.py AFFECTED.txt
"""

from __future__ import annotations

import sys

from reading_scan import affected_lines, flags, write_affected  # the script's folder is on the path

from lrt_search.evaluation import Question
from lrt_search.search import abbreviations
from lrt_search.search.abbreviations import read_abbreviations
from lrt_search.service import Engine


def main() -> int:
    """Write the AFFECTED lines to the file named first; print each question read otherwise."""
    engine = Engine.load(progress=False)
    guard = abbreviations.standalone

    def differs(name: str, q: Question) -> bool:
        abbreviations.standalone = guard
        on, _ = read_abbreviations(engine, q.question)
        abbreviations.standalone = lambda text, start, end: True
        off, _ = read_abbreviations(engine, q.question)
        if on != off:
            print(name, q.id, flags(q), off, "->", on, sep="\t")
        return on != off

    lines = affected_lines(differs)
    abbreviations.standalone = guard
    write_affected(sys.argv[1], lines)
    print(f"questions read otherwise: {sum(int(line.split()[1]) for line in lines)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
