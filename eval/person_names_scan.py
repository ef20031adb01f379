"""Reading-only scan of rule ``person_names_not_topic`` (issue 16 session 29 task G2): every
readable question (no held-out set, no test, not blind29: first-run only this session) read as
``ask`` reads it (:func:`lrt_search.answer.understanding.understand`, no search), its topic with
the rule (:func:`lrt_search.answer.person_names.person_free_topic`) and without it (the "about
X" phrase, else the implied topic); prints each question whose topic or its being implied
differs, and writes the AFFECTED lines eval/affected_ask.py takes.

    python eval/person_names_scan.py AFFECTED.txt
"""

from __future__ import annotations

import sys

from reading_scan import affected_lines, flags, write_affected  # the script's folder is on the path

from lrt_search.answer.evidence import Asked
from lrt_search.answer.person_names import person_free_topic, person_words
from lrt_search.answer.understanding import understand
from lrt_search.config import Settings
from lrt_search.evaluation import Question, engine_for


def main() -> int:
    engine = engine_for(Settings(), progress=False)
    retriever = engine.evidence

    def differs(name: str, q: Question) -> bool:
        if name.startswith("blind29") or not person_words(retriever, q.question):
            return False  # no listed person named: the rule reads the topic as before
        frame = understand(engine, q.question, None, None, None)
        asked = Asked(retriever, frame.question, frame.scope, parsed=frame.parsed,
                      attendance=frame.attendance)  # fmt: skip
        if asked.attendance:
            return False
        explicit = asked.reading.topic
        was = (explicit or asked.implied_topic, not explicit)
        now = person_free_topic(retriever, frame.question, explicit, lambda: asked.implied_topic)
        if now == was:
            return False
        print(name, q.id, flags(q), q.question, was, "->", now, sep="\t")
        return True

    write_affected(sys.argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
