"""Reading-only scan for rule ``sentence_opener_verbs_unnamed`` (issue 16, session 30 task B):
every question of the readable sets but blind30 (first-run only) read as ``ask`` reads it
(answer/understanding.py ``understand``: abbreviations, spelling, lead-ins, asides, the claim
frame or the question sentence), with the rule on and off, no ``ask``; prints each question
whose names differ (the reading's names with their kind, the names check's forms with whether
the minutes know them, and the names gate's missing names) and writes AFFECTED lines for
eval/affected_ask.py. ``--rule NAME`` scans another switch of the reading the same way.

    python eval/sentence_opener_verbs_scan.py AFFECTED.txt [--rule NAME]
"""

from __future__ import annotations

import sys

from reading_scan import affected_lines, flags, write_affected  # the script's folder is on the path

from lrt_search.answer.evidence import Asked
from lrt_search.answer.gates import gate_names_absent
from lrt_search.answer.understanding import understand
from lrt_search.evaluation import Question
from lrt_search.service import Engine


def names_read(engine: Engine, question: str) -> tuple[object, object, object, str]:
    """The reading's names, the names check's (form, known) pairs, what the names gate finds
    missing, and the question text ``ask`` reads, of ``question``."""
    frame = understand(engine, question, None, None, None)
    asked = Asked(frame.retriever, frame.question, frame.scope, parsed=frame.parsed)
    names = frame.parsed.names if frame.parsed else ()
    return names, asked.names, gate_names_absent(asked), frame.question


def main() -> int:
    """Write the AFFECTED lines to the file named first; print each question read otherwise."""
    rule = sys.argv[sys.argv.index("--rule") + 1] if "--rule" in sys.argv else ""
    on = Engine.load(progress=False)
    off = on.with_settings(on.settings.replace(**{rule or "sentence_opener_verbs_unnamed": False}))

    def differs(name: str, q: Question) -> bool:
        if name.startswith("blind30"):
            return False
        a, b = names_read(off, q.question), names_read(on, q.question)
        if a[:3] == b[:3]:
            return False
        print(name, q.id, flags(q), a[1], a[2], "->", b[1], b[2], q.question, sep="\t")
        return True

    write_affected(sys.argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
