"""Where the topic gate stands for every question with a topic word the minutes lack: the share
of the topic's weight missing and the stand-out z-score of its best statement, answerable and
unanswerable questions side by side, sorted by the share. The gate abstains at a share of
``topic_missing_share`` (0.35; ``implied_topic_missing_share`` 0.5 for an implied topic) or more
when z is below ``topic_standout_z`` (4.5).

    python eval/topic_gate_margins.py [--sets dev,generated,...] [--implied-only] [--remaining]

``--remaining``: the z-score of the statement closest to the topic's found words alone (the
topic without the words the minutes lack) instead of the whole topic, as a third column: whether
the passages match what is left of the topic better for answerable questions than for
unanswerable ones.

The test split is never run.
"""

from __future__ import annotations

import argparse
import sys

from answer_misses import _frame  # the script's folder is on the path
from answer_sets import SETS

from lrt_search import Settings
from lrt_search.answer.answering import _asked
from lrt_search.answer.topic_discussed import standout
from lrt_search.evaluation import engine_for, load_questions


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--implied-only", action="store_true")
    parser.add_argument("--remaining", action="store_true")
    args = parser.parse_args()
    engine = engine_for(Settings(), progress=False)
    rows = []
    for name in args.sets.split(","):
        path, split = SETS[name]
        for q in load_questions(path, split):
            frame = _frame(engine, q.question)
            asked = _asked(frame)
            check = asked.topic_check
            if check is None or not check.missing:
                continue
            if args.implied_only and not asked.topic_implied:
                continue
            z = standout(engine, asked.topic, check)
            found = " ".join(unit for unit, _, _ in check.found)
            rest = f"\t{standout(engine, found, check):6.2f}" if args.remaining else ""
            rows.append((check.missing_share, z, rest, name, q.id, q.answerable, check.missing))
    for share, z, rest, name, qid, answerable, missing in sorted(rows, key=lambda r: r[:2]):
        kind = "answerable" if answerable else "UNANSWERABLE"
        print(f"{share:.2f}\t{z:6.2f}{rest}\t{kind:12}\t{name}:{qid}\t{', '.join(missing)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
