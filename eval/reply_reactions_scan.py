"""Reading-only scan of rule reply_reactions_read (issue 16 session 28 task D; tried and deleted,
code at commit 7a21de4f, docs/settings.md): the questions the rule can read otherwise, as the
AFFECTED lines of eval/affected_ask.py. No ``ask`` runs.

    python eval/reply_reactions_scan.py AFFECTED.txt [--sets a,b,...]

The rule acts only for a question that asks a reply (``answer.part_neighbours.asks_reply``: "Hoe
reageerde B op ...", "What did B answer ...", "na de klachten"); with it off, or for any other
question, the bullet before lends as before. So a question is listed when it asks a reply. Every
readable set (never a held-out half, never the test split, never blind28 - first-run only this
session); each listed question is printed with its set.
"""

from __future__ import annotations

import sys

from reading_scan import affected_lines, write_affected  # the script's folder is on the path

from lrt_search.answer.part_neighbours import asks_reply
from lrt_search.evaluation import Question


def main() -> int:
    out = sys.argv[1]
    names = sys.argv[sys.argv.index("--sets") + 1] if "--sets" in sys.argv else ""

    def differs(name: str, q: Question) -> bool:
        if name.startswith("blind28") or not asks_reply(q.question):
            return False
        print(name, q.id, q.question, sep="\t")
        return True

    lines = affected_lines(differs, names)
    write_affected(out, lines)
    print(sum(int(line.split()[1]) for line in lines), "questions in", len(lines), "sets")
    return 0


if __name__ == "__main__":
    sys.exit(main())
