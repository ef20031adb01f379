"""Reading-only scan of rule ``count_realised`` (issue 16 session 28 task G): every question of
the readable answer sets (no held-out set, no test split, not the first-run set blind28; no
``ask``) whose reading the rule changes - a number of something done asked
(answer/count_realised.py ``asked_done``); only those can be refused by it. Writes AFFECTED.txt
for eval/affected_ask.py ("<set> <n> <id><flags> ...", flags G A/U) and prints each question
with the verb read.

    python eval/count_realised_scan.py AFFECTED.txt [--sets a,b,...]
"""

from __future__ import annotations

import sys
from pathlib import Path

from answer_sets import SETS, held_out, readable_sets  # the script's folder is on the path

from lrt_search.answer.count_realised import asked_done
from lrt_search.config import Settings
from lrt_search.evaluation import load_questions

FIRST_RUN = ("blind28",)  # written this session: asked once, never scanned


def main() -> int:
    out = Path(sys.argv[1])
    names = sys.argv[3].split(",") if len(sys.argv) > 3 else readable_sets().split(",")
    main_clause = Settings().main_clause_intent
    lines = []
    for name in names:
        if held_out(name) or name.startswith(FIRST_RUN):
            continue
        path, split = SETS[name]
        hits = []
        for q in load_questions(path, split):
            if (verb := asked_done(q.question, main_clause)) is not None:
                hits.append(f"{q.id}{'G' if q.gold else ''}{'A' if q.answerable else 'U'}")
                print(f"# {name} {q.id} {verb!r}: {q.question}")
        if hits:
            lines.append(f"{name} {len(hits)} {' '.join(hits)}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
