"""Reading-only scan of rule presence_lines_read (issue 16 session 28 task D2, docs/settings.md):
the questions the rule can read otherwise, as the AFFECTED lines of eval/affected_ask.py. No
``ask`` runs.

    python eval/presence_lines_scan.py AFFECTED.txt [--sets a,b,...]

The rule acts only where rule attendance_org_listed refuses (``not_listed``), which needs a
question the attendee lists answer (``Frame.header_answers``, who attended, not who chaired),
and answers only from a line of its meetings naming whom it names
(``answer.stand_in.presence_lines``); a question of who replaced someone is rule
stand_in_lines's. So a question is listed when its frame (read without a search) asks who
attended, is no stand-in question, and such a line exists - a superset of the questions it
changes. Every readable set (never a held-out half, never the test split, never blind28 -
first-run only this session); each listed question is printed with its set and the line.
"""

from __future__ import annotations

import sys

from reading_scan import affected_lines, write_affected  # the script's folder is on the path

from lrt_search.answer.stand_in import presence_lines, stand_in_asked
from lrt_search.answer.understanding import understand
from lrt_search.config import Settings
from lrt_search.evaluation import Question, engine_for


def main() -> int:
    out = sys.argv[1]
    names = sys.argv[sys.argv.index("--sets") + 1] if "--sets" in sys.argv else ""
    retriever = engine_for(Settings())  # an Engine is a Retriever

    def differs(name: str, q: Question) -> bool:
        if name.startswith("blind28"):
            return False
        frame = understand(retriever, q.question, None, None, None)
        if not frame.header_answers or frame.asks("chair") or stand_in_asked(frame):
            return False
        chosen, _ = presence_lines(frame)
        if not chosen:
            return False
        print(name, q.id, q.question, chosen[0].quote[:70], sep="\t")
        return True

    lines = affected_lines(differs, names)
    write_affected(out, lines)
    print(sum(int(line.split()[1]) for line in lines), "questions in", len(lines), "sets")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
