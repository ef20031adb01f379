"""Reading-only scan for rule ``quantity_matches_read`` (session 26 task D): which readable
questions count something ("hoeveel X", "how many X" with X known to the index) and meet, in
their passages, a statement the count reader reads otherwise with the rule on and off (no
``ask``).

    python eval/quantity_matches_scan.py AFFECTED.txt [SETS]

A question can change only when the quote check ``answer_shape`` or the candidates' "counts X"
(:func:`.shape.counts`) read one of its passages' statements otherwise: a unit of time
counted (any length of time), a noun counted (no money, no length of time, no number of the
other stock or flow). Prints each question listed with the statements read otherwise.
"""

from __future__ import annotations

import sys

from reading_scan import affected_lines, flags, write_affected  # the script's folder is on the path

from lrt_search.answer.quantity_matches import amount_asked
from lrt_search.answer.shape import answers_shape, counted_terms, counts, is_counted
from lrt_search.config import Settings
from lrt_search.evaluation import Question, engine_for

#: Passages searched per question (rule quote_depth reads 20).
DEPTH = 30


def main() -> int:
    """Write the AFFECTED lines to the file named first; print what is read otherwise."""
    engine = engine_for(Settings(), progress=False)

    def differs(name: str, q: Question) -> bool:
        counted = is_counted(engine, counted_terms(engine, q.question))
        if counted is None:
            return False
        asked = amount_asked(q.question)
        hits = engine.search_question(q.question, k=DEPTH)[1] + engine.search(q.question, k=DEPTH)
        texts = {s.text for h in hits for s in h.chunk.statements}
        changed = [
            t
            for t in texts
            if counts(t, counted, True) != counts(t, counted, True, asked)
            or answers_shape(t, set(), set(), True, counted, True, True, True)
            != answers_shape(t, set(), set(), True, counted, True, True, True, asked)
        ]
        if not changed:
            return False
        print(name, q.id, flags(q), asked, q.question, sep="\t")
        for t in changed:
            print("", "", t[:140], sep="\t")
        return True

    write_affected(sys.argv[1], affected_lines(differs, sys.argv[2] if len(sys.argv) > 2 else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
