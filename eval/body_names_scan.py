"""Reading-only scan for rule ``body_names_read`` (issue 16, session 29 task D): every question
of the readable sets read as ``ask`` reads it (abbreviations, spelling, the question sentence of
a preamble) with the rule on and off, no ``ask``; prints each question whose names (the
reading's names with their kind, the names check's forms with whether the minutes know them,
and the names gate's missing names) differ, and writes AFFECTED lines for eval/affected_ask.py.

    python eval/body_names_scan.py AFFECTED.txt
"""

from __future__ import annotations

import sys

from reading_scan import affected_lines, flags, write_affected  # the script's folder is on the path

from lrt_search.answer.evidence import Asked
from lrt_search.answer.gates import gate_names_absent
from lrt_search.evaluation import Question
from lrt_search.search.abbreviations import read_abbreviations
from lrt_search.search.parsed import read_question
from lrt_search.search.preamble import question_sentence
from lrt_search.search.query import SpeakerRules, scope_of
from lrt_search.search.typed_spelling import read_spelling
from lrt_search.service import Engine


def names_read(engine: Engine, question: str) -> tuple[object, object, object]:
    """The reading's names, the names check's (form, known) pairs of ``question`` and what
    the names gate finds missing."""
    retriever = engine.evidence
    question, _ = read_abbreviations(retriever, question)
    question, _ = read_spelling(retriever, question)
    if engine.settings.preamble_context:
        question, _ = question_sentence(question)
    rules = SpeakerRules.of(retriever.settings)
    parsed = read_question(question, retriever.orgs, retriever.glossary, rules=rules)
    asked = Asked(retriever, question, scope_of(parsed, retriever.glossary, None), parsed=parsed)
    return parsed.names, asked.names, gate_names_absent(asked)


def main() -> int:
    """Write the AFFECTED lines to the file named first; print each question read otherwise."""
    on = Engine.load(progress=False)
    off = on.with_settings(on.settings.replace(body_names_read=False))

    def differs(name: str, q: Question) -> bool:
        a, b = names_read(off, q.question), names_read(on, q.question)
        if a == b:
            return False
        print(name, q.id, flags(q), a[1], a[2], "->", b[1], b[2], q.question, sep="\t")
        return True

    write_affected(sys.argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
