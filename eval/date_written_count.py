"""Count, per readable answer set (never a held-out one), the questions rule
date_written_topic (lrt_search/answer/date_written.py) may act on: a date of the question
read as a meeting period (or as a topic's year only) in a question not of the meetings,
attendance or the chair; of those, the periods no meeting covers, those refused in a dump
(``--dump``, an eval/answer_sets.py dump: default /work/notes/s15/base.json) and those whose date
a statement of a meeting outside the period writes; answerable and unanswerable apart.

    python eval/date_written_count.py [--sets a,b] [--dump D] [--ids]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from answer_sets import (  # the script's folder is on the path
    SETS,
    readable_sets,
    studied_sets,
)

from lrt_search import Settings
from lrt_search.answer.date_written import _period, meeting_date_refuses, written_outside
from lrt_search.answer.meeting_period import period_has_meeting
from lrt_search.answer.understanding import understand as _understand
from lrt_search.evaluation import engine_for, load_questions


def main() -> int:
    """Print the counts per set and in all (answerable a / unanswerable u)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default=readable_sets())
    parser.add_argument("--dump", type=Path, default=Path("/work/notes/s15/base.json"))
    parser.add_argument("--ids", action="store_true", help="list the questions counted")
    args = parser.parse_args()
    dump = json.loads(args.dump.read_text(encoding="utf-8"))
    engine = engine_for(Settings())
    total: Counter[str] = Counter()
    for name in studied_sets(parser, args.sets):
        path, split = SETS[name]
        counts: Counter[str] = Counter()
        for q in load_questions(path, split):
            frame = _understand(engine, q.question, None, None, None)
            if not meeting_date_refuses(frame):
                continue
            side = "a" if q.answerable else "u"
            counts["dated " + side] += 1
            since, until = _period(frame)
            empty = not period_has_meeting(engine, since, until)
            refused = dump.get(f"{name}:{q.id}", {}).get("abstained", False)
            counts["no meeting " + side] += empty
            counts["refused " + side] += refused
            if (empty or refused) and written_outside(frame):
                counts["written " + side] += 1
                if args.ids:
                    print(f"  {name}:{q.id} {side} refused={refused} {q.question}")
        total.update(counts)
        if counts:
            print(name, _line(counts))
    print("all", _line(total))
    return 0


def _line(counts: Counter[str]) -> str:
    keys = ("dated", "no meeting", "refused", "written")
    return "  ".join(f"{k} {counts[k + ' a']}/{counts[k + ' u']}" for k in keys)


if __name__ == "__main__":
    raise SystemExit(main())
