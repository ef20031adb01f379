"""Reading-only scan for rule meeting_not_held (issue 16 session 23 task C): every readable
question whose words ask the outcome of a meeting (answer/meeting_not_held.asked_meetings),
with the kind of each reading and the fold of its set; no ``ask`` runs.

    python eval/meeting_not_held_scan.py AFFECTED.txt

writes AFFECTED.txt for eval/affected_ask.py (one line per set: "<set> <n> <id><G?><A|U> ...")
and prints each question found. Whether the index holds the meeting is not read here (the
affected questions are a superset of those the rule refuses)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from answer_sets import SETS  # the script's folder is on the path
from reading_scan import affected_lines, flags, write_affected

from lrt_search.answer.meeting_not_held import asked_meetings
from lrt_search.evaluation import Question


def fold(name: str, path: Path) -> str:
    """'design' (blind3..10 design halves, dev, probes whose file name starts a-m) or
    'validation' (blind11..19 design halves, probes n-z, generated and derived sets)."""
    m = re.fullmatch(r"blind(\d+)_design", name)
    if m:
        return "design" if int(m.group(1)) <= 10 else "validation"
    if name == "dev":
        return "design"
    if path.name.endswith("_probe.jsonl") or path.name.startswith("blind"):
        return "design" if path.name[0] <= "m" else "validation"
    return "validation"


def main() -> int:
    """Write the AFFECTED lines to the file named first; print each question found."""

    def differs(name: str, q: Question) -> bool:
        read = asked_meetings(q.question)
        if read:
            kinds = ", ".join(f"{r.kind}:{r.phrase}" for r in read)
            print(fold(name, SETS[name][0]), name, q.id, flags(q), kinds, "|", q.question)
        return bool(read)

    write_affected(sys.argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
