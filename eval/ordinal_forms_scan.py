"""Reading-only scan for rule ``ordinal_forms_everywhere`` (issue 16, session 28 task F2):
every question of the readable sets (no blind28: first-run only this session) read with the rule
on and off (no ``ask``; the bundled corpus's meeting days say whether a period holds a
meeting); prints each question whose text is read otherwise (an ordinal's long suffix in a part
of a year, an ordinal day's article after a bound or lead word) with its period off and on, and
writes AFFECTED lines for eval/affected_ask.py. A question whose text changes is listed even
when its period does not (its search text changes).

    python eval/ordinal_forms_scan.py AFFECTED.txt
"""

from __future__ import annotations

import sys

# the script's folder is on the path
from reading_scan import affected_lines, flags, question_reader, readable_sets, write_affected

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
        plain = read_date_words(q.question)[0]  # as `ask` reads it before rule date_forms_read
        off = read_date_forms(plain)[0]
        text, notes = read_date_forms(plain, ordinals=True)
        if text == off:
            return False
        was, now = read(off), read(text)
        print(name, q.id, flags(q), _reading(was), "->", _reading(now), "; ".join(notes), sep="\t")
        return True

    names = ",".join(n for n, _ in readable_sets() if not n.startswith("blind28"))
    write_affected(sys.argv[1], affected_lines(differs, names))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
