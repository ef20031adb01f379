"""Reading-only scan for rule ``opener_names_kept`` (issue 16, session 29 task D2): every
question of the readable sets but blind29 (first-run only) read as ``ask`` reads it, with the
rule on and off, no ``ask``; prints each question whose reading (eval/body_names_scan.py
``names_read``: the reading's names, the names check's forms and the names gate's missing
names) or whose whole ``ParsedQuestion`` differs, and writes AFFECTED lines for
eval/affected_ask.py.

    python eval/opener_names_scan.py AFFECTED.txt
"""

from __future__ import annotations

import sys

from body_names_scan import names_read  # the script's folder is on the path
from reading_scan import affected_lines, flags, write_affected

from lrt_search.evaluation import Question
from lrt_search.service import Engine


def main() -> int:
    """Write the AFFECTED lines to the file named first; print each question read otherwise."""
    on = Engine.load(progress=False)
    off = on.with_settings(on.settings.replace(opener_names_kept=False))

    def differs(name: str, q: Question) -> bool:
        if name.startswith("blind29"):
            return False
        a, b = names_read(off, q.question), names_read(on, q.question)
        if a == b:
            return False
        print(name, q.id, flags(q), a[0], a[2], "->", b[0], b[2], q.question, sep="\t")
        return True

    write_affected(sys.argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
