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

# the script's folder is on the path
from reading_scan import affected_lines, write_affected

from lrt_search.answer.understanding import understand
from lrt_search.config import Settings
from lrt_search.evaluation import Question, engine_for


def main() -> int:
    out = Path(sys.argv[1])
    names = sys.argv[3] if len(sys.argv) > 3 else ""
    engine = engine_for(Settings(), progress=False)

    def differs(name: str, q: Question) -> bool:
        frame = understand(engine, q.question, None, None, None)
        if frame.parsed is None or frame.parsed.topic_period is None:
            return False
        return frame.since is None and frame.until is None

    lines = affected_lines(differs, names)
    write_affected(out, lines)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
