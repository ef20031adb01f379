"""The abstentions of one reason code in a run of ``eval/answer_sets.py --dump``, per set.

    python eval/answer_sets.py --dump run.json
    python eval/reason_listing.py run.json topic_not_quoted [--answerable]

Prints, per readable set, how many answerable and unanswerable questions abstained with that
reason (and the change of the unanswerable ones: org_swap, absent_topic, ...), and lists the
answerable ones with their reason (``--answerable``: only those). The held-out sets
("*holdout") are left out entirely: neither counted nor listed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from answer_sets import held_out  # the script's folder is on the path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dump", type=Path)
    parser.add_argument("reason_code")
    parser.add_argument("--answerable", action="store_true", help="list only, no counts")
    args = parser.parse_args()
    records = json.loads(args.dump.read_text(encoding="utf-8"))
    counts: Counter[tuple[str, bool, str]] = Counter()
    for key, record in sorted(records.items()):
        name = key.split(":", 1)[0]
        if held_out(name) or record.get("reason_code") != args.reason_code:
            continue
        answerable = bool(record.get("answerable"))
        counts[(name, answerable, "" if answerable else record.get("change") or "-")] += 1
        if answerable:
            print(f"{key}\t{record['question']}\t{record.get('reason', '')}")
    if not args.answerable:
        for (name, answerable, change), n in sorted(counts.items()):
            kind = "answerable" if answerable else f"unanswerable ({change})"
            print(f"{name}\t{kind}\t{n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
