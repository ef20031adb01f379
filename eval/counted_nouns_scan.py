"""Reading-only scan of rule ``counted_noun_forms_read`` (issue 16 session 30 task D2): every
question of the readable answer sets (no held-out set, no test split, not the first-run set
blind30; no ``ask``) whose reading the rule changes - a "how many X" question whose X rule
count_other_noun now reads in another form (answer/shape.py ``counted_noun``: English, absent
from the minutes, coordinated); only those can be refused by it. Writes AFFECTED.txt for
eval/affected_ask.py ("<set> <n> <id><flags> ...", flags G A/U) and prints each question with
its counted nouns.

    python eval/counted_nouns_scan.py AFFECTED.txt [--sets a,b,...]
"""

from __future__ import annotations

import sys
from pathlib import Path

from answer_sets import SETS, held_out, readable_sets  # the script's folder is on the path

from lrt_search.answer.shape import _COUNTED, asked_nouns, counted_noun
from lrt_search.config import Settings
from lrt_search.evaluation import engine_for, load_questions

FIRST_RUN = ("blind30",)  # written this session: asked once, never scanned


def main() -> int:
    out = Path(sys.argv[1])
    names = sys.argv[3].split(",") if len(sys.argv) > 3 else readable_sets().split(",")
    engine = engine_for(Settings(), progress=False)
    lines = []
    for name in names:
        if held_out(name) or name.startswith(FIRST_RUN):
            continue
        path, split = SETS[name]
        hits = []
        for q in load_questions(path, split):
            if counted_noun(engine, q.question) is not None:
                hits.append(f"{q.id}{'G' if q.gold else ''}{'A' if q.answerable else 'U'}")
                nouns = asked_nouns(q.question, _COUNTED.search(q.question))  # type: ignore[arg-type]
                print(f"# {name} {q.id} {nouns}: {q.question}")
        if hits:
            lines.append(f"{name} {len(hits)} {' '.join(hits)}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
