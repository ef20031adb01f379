"""Reading-only scan for rule ``date_forms_read`` (issue 16, session 27 task F2): every question
of the readable sets read with the rule on and off (no ``ask``; the bundled corpus's meeting
days say whether a period holds a meeting); prints each question whose text is read otherwise
(a date form written as the period readers read it) with its period off and on, and writes
AFFECTED lines for eval/affected_ask.py. A question whose text changes is listed even when its
period does not (its search text changes).

    python eval/date_forms_scan.py AFFECTED.txt
"""

from __future__ import annotations

import sys

# the script's folder is on the path
from reading_scan import affected_lines, flags, question_reader, write_affected

from lrt_search.evaluation import Question
from lrt_search.search.date_forms import read_date_forms
from lrt_search.search.date_words import read_date_words
from lrt_search.search.parsed import ParsedQuestion


def _reading(p: ParsedQuestion) -> tuple[object, ...]:
    return p.since, p.until, p.period_scope


def main() -> int:
    """Write the AFFECTED lines to the file named first; print each question read otherwise."""
    read = question_reader()

    def differs(name: str, q: Question) -> bool:
        plain = read_date_words(q.question)[0]  # as `ask` reads it before this rule
        text, notes = read_date_forms(plain)
        if text == plain:
            return False
        off = read(plain)
        on = read(text)
        print(name, q.id, flags(q), _reading(off), "->", _reading(on), "; ".join(notes), sep="\t")
        return True

    write_affected(sys.argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
