"""Reading-only scan for rules ``period_phrase_spans`` and ``period_half_terms`` (issue 16,
session 23 task F2; rule ``period_phrase_bounds``, scanned with them then, is deleted): every
question of the readable sets read with the rules on and off (no ``ask``; the bundled corpus's
meeting days say whether a period holds a meeting); prints each question whose period, its scope
or its terms differ, and writes AFFECTED lines for eval/affected_ask.py.

    python eval/period_phrase_scan.py AFFECTED.txt
"""

from __future__ import annotations

import sys

# the script's folder is on the path
from reading_scan import affected_lines, flags, question_reader, write_affected

from lrt_search.evaluation import Question
from lrt_search.search.parsed import ParsedQuestion
from lrt_search.search.query import SpeakerRules

OFF = SpeakerRules(period_phrase_spans=False, period_half_terms=False)
ALL = SpeakerRules()


def _reading(p: ParsedQuestion) -> tuple[object, ...]:
    return p.since, p.until, p.period_scope, tuple(sorted(p.period_terms)), p.half_years


def main() -> int:
    """Write the AFFECTED lines to the file named first; print each question read otherwise."""
    read_on, read_off = question_reader(ALL), question_reader(OFF)

    def differs(name: str, q: Question) -> bool:
        on = read_on(q.question)
        off = read_off(q.question)
        if _reading(on) == _reading(off):
            return False
        print(name, q.id, flags(q), _reading(off), "->", _reading(on), q.question, sep="\t")
        return True

    write_affected(sys.argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
