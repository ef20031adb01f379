"""Reading-only scan for rule stand_in_lines (issue 16 session 25 task B4): every readable
question the rule reads (a question of absence, replacement, stand-in or level of
representation whose meetings in scope are read for their stand-in lines), with its fold, what
the rule does (answers from the lines / abstains) and the base outcome of
/work/notes/s25/base.json (or the dump named second); no ``ask`` runs (the question is only
understood, as ``ask`` understands it, and the lines of its meetings read).

    python eval/stand_in_scan.py AFFECTED.txt [BASE.json]

writes AFFECTED.txt for eval/affected_ask.py. The held-out sets, the test split and the
blind24/blind25 sets are never read."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from answer_sets import SETS  # the script's folder is on the path
from meeting_not_held_scan import fold
from reading_scan import affected_lines, flags, write_affected

from lrt_search.answer.messages import Reason
from lrt_search.answer.stand_in import stand_in_answer
from lrt_search.answer.understanding import understand
from lrt_search.config import Settings
from lrt_search.evaluation import Question, engine_for


def _fold(name: str) -> str:
    """The fold of set ``name`` as task B4 sets them (generated in the design fold)."""
    if name == "generated":
        return "design"
    return fold(name, SETS[name][0])


def main() -> int:
    """Write AFFECTED.txt and print the questions the rule reads, with the base outcome."""
    engine = engine_for(Settings(), progress=False)
    base_file = sys.argv[2] if len(sys.argv) > 2 else "/work/notes/s25/base.json"
    base = json.loads(Path(base_file).read_text(encoding="utf-8"))
    counts: Counter[tuple[str, str]] = Counter()

    def differs(name: str, q: Question) -> bool:
        if name.startswith(("blind24", "blind25")):
            return False
        frame = understand(engine, q.question, None, None, None)
        refused: list[Reason] = []
        answer = stand_in_answer(frame, lambda _f, r: refused.append(r))  # type: ignore[arg-type,return-value]
        if answer is None and not refused:
            return False
        does = f"abstain {refused[0].code}" if refused else "answer"
        row = base.get(f"{name}:{q.id}", {})
        was = ("abstained " + str(row.get("reason_code"))) if row.get("abstained") else "answered"
        counts[(_fold(name), f"{'A' if q.answerable else 'U'} {does} (base {was.split()[0]})")] += 1
        print(_fold(name), name, q.id, flags(q), does, "| base", was, "|", q.question)
        return True

    write_affected(sys.argv[1], affected_lines(differs))
    for (part, what), n in sorted(counts.items()):
        print(f"{part:10} {what}: {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
