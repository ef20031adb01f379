"""Reading-only scan of rule ``unwritten_day_unheld`` (issue 16 session 27 task B): every
question of the readable answer sets (no held-out set, no test split; no ``ask``) that writes a
day with its month and no year on which no meeting was held in any year and that no passage of
the minutes writes (answer/unwritten_day.py ``unheld_unwritten``). Writes AFFECTED.txt for
eval/affected_ask.py ("<set> <n> <id><flags> ...", flags G A/U).

    python eval/unwritten_day_scan.py AFFECTED.txt [--sets a,b,...]
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

# the script's folder is on the path
from reading_scan import affected_lines, write_affected

from lrt_search.answer.meeting_period import period_has_meeting
from lrt_search.answer.unwritten_day import minutes_write, unheld_unwritten
from lrt_search.config import Settings
from lrt_search.evaluation import Question, engine_for
from lrt_search.search.meeting_order import meeting_years


def main() -> int:
    out = Path(sys.argv[1])
    names = sys.argv[3] if len(sys.argv) > 3 else ""
    engine = engine_for(Settings(), progress=False)
    retriever = engine  # an Engine is a Retriever

    def meets(since: dt.date, until: dt.date) -> bool:
        return period_has_meeting(retriever, since, until)

    years = meeting_years(meets)
    writes = minutes_write(retriever, years)

    def differs(name: str, q: Question) -> bool:
        return unheld_unwritten(q.question, years, meets, writes) is not None

    lines = affected_lines(differs, names)
    write_affected(out, lines)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
