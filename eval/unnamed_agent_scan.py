"""Reading-only scan of rule unnamed_agent (issue 16 task H, session 24): list every readable
question the rule reads as asking who did something ("agent") or who did it first
("first"), and write them as AFFECTED lines for eval/affected_ask.py. No ``ask`` runs.

    python eval/unnamed_agent_scan.py AFFECTED.txt
"""

from __future__ import annotations

import sys
from types import SimpleNamespace

from reading_scan import affected_lines, write_affected  # the script's folder is on the path

from lrt_search.answer.unnamed_agent import asked_agent
from lrt_search.config import Settings
from lrt_search.evaluation import Question


def main() -> int:
    """Print each question the rule reads and write the AFFECTED file."""
    on = SimpleNamespace(settings=Settings())

    def differs(name: str, q: Question) -> bool:
        reading = asked_agent(on, q.question, False)  # type: ignore[arg-type]
        if reading:
            print(name, q.id, reading, "A" if q.answerable else "U", q.question)
        return bool(reading)

    write_affected(sys.argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
