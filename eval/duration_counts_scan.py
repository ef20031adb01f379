"""Reading-only scan of rule duration_count_read (issue 16 session 29 task E): every readable
question that counts a unit of time ("hoeveel maanden", "how many weeks":
answer/durations.py ``counted_unit``), which rule property_tied then asks as a length in that
unit rather than a count, printed with the unit and written as AFFECTED lines for
eval/affected_ask.py. No ``ask`` runs; no held-out set, no test split, not blind29.

    python eval/duration_counts_scan.py AFFECTED.txt
"""

from __future__ import annotations

import sys

from reading_scan import affected_lines, flags, readable_sets, write_affected

from lrt_search.answer.durations import counted_unit
from lrt_search.evaluation import Question


def differs(name: str, q: Question) -> bool:
    unit = counted_unit(q.question)
    if unit is None:
        return False
    print(name, q.id, flags(q), q.question, unit, sep="\t")
    return True


def main() -> int:
    names = ",".join(n for n, _ in readable_sets() if not n.startswith("blind29"))
    write_affected(sys.argv[1], affected_lines(differs, names))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
