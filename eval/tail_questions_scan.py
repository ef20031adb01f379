"""Reading-only scan for rule ``claim_tails_read`` (session 29 task F): every question of the
readable sets (blind30, first-run only, left out; blind29's design half is read since session
30) framed as ``ask`` frames it - its asides
dropped (rule question_asides_read), then the claim frame - with the rule on and off (no
``ask``); prints each question whose framed text changes and writes AFFECTED lines for
eval/affected_ask.py.

    python eval/tail_questions_scan.py AFFECTED.txt
"""

from __future__ import annotations

import sys

# the script's folder is on the path
from reading_scan import affected_lines, flags, write_affected

from lrt_search.evaluation import Question
from lrt_search.search.asides import read_asides
from lrt_search.search.claim_frame import claim_frame


def framed(text: str, tails: bool) -> str:
    """``text`` as the claim frame reads it (the text itself when it reads none)."""
    text, _ = read_asides(text)
    found = claim_frame(text, tails)
    return found.question if found is not None else text


def main() -> int:
    """Write the AFFECTED lines to the file named first; print each question read otherwise."""

    def differs(name: str, q: Question) -> bool:
        if name.startswith("blind30"):
            return False
        off, on = framed(q.question, False), framed(q.question, True)
        if off != on:
            print(name, q.id, flags(q), q.question, "->", on, sep="\t")
        return off != on

    write_affected(sys.argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
