"""Reading-only scan of rule ``topic_period_covered`` (issue 16 session 27 task G2): every
question of the readable answer sets (no held-out set, no test split; no ``ask``) that the rule
can refuse - a topic period read (``ParsedQuestion.topic_period``, rule period_modifier_read) and
no meeting period (answer/period_covered.py ``period_unstated``), as ``ask`` understands it.
Writes AFFECTED.txt for eval/affected_ask.py ("<set> <n> <id><flags> ...", flags G A/U).

    python eval/period_covered_scan.py AFFECTED.txt [--sets a,b,...]
"""

from __future__ import annotations

import sys
from pathlib import Path

from answer_sets import SETS, held_out, readable_sets  # the script's folder is on the path

from lrt_search.answer.understanding import understand
from lrt_search.config import Settings
from lrt_search.evaluation import engine_for, load_questions


def main() -> int:
    out = Path(sys.argv[1])
    names = sys.argv[3].split(",") if len(sys.argv) > 3 else readable_sets().split(",")
    engine = engine_for(Settings(), progress=False)
    lines = []
    for name in names:
        if held_out(name):
            continue
        path, split = SETS[name]
        hits = []
        for q in load_questions(path, split):
            frame = understand(engine, q.question, None, None, None)
            parsed = frame.parsed
            if parsed is None or parsed.topic_period is None:
                continue
            if frame.since is None and frame.until is None:
                hits.append(f"{q.id}{'G' if q.gold else ''}{'A' if q.answerable else 'U'}")
        if hits:
            lines.append(f"{name} {len(hits)} {' '.join(hits)}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
