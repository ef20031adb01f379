"""Reading-only scan for rule ``period_modifier_read`` (session 27 task G): every question
of the readable sets read with the rule on and off (no ``ask``; the bundled corpus's meeting
days say whether a period holds a meeting); prints each question read otherwise with its
period and scope off and on, and writes AFFECTED lines for eval/affected_ask.py.

    python eval/period_modifier_scan.py AFFECTED.txt
"""

from __future__ import annotations

import sys

# the script's folder is on the path
from reading_scan import affected_lines, rule_differs, write_affected

from lrt_search.search.parsed import ParsedQuestion
from lrt_search.search.query import SpeakerRules


def _reading(p: ParsedQuestion) -> str:
    return f"{p.since} {p.until} {p.period_scope or '-'} {p.period!r} topic={p.topic_period}"


def main() -> int:
    """Write the AFFECTED lines to the file named first; print each question read otherwise."""
    on, off = SpeakerRules(period_modifier_read=True), SpeakerRules(period_modifier_read=False)
    # as `ask` reads it (rule date_words_read)
    write_affected(sys.argv[1], affected_lines(rule_differs(on, off, _reading, date_words=True)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
