"""Reading-only scan for rule ``name_forms_read`` (issue 16, session 25 task A2): every question
of the readable sets read as ``ask`` reads it (abbreviations, spelling, the question sentence of
a preamble) with the rule on and off, no ``ask``; prints each question whose names (the
reading's names with their kind, the names check's forms with whether the minutes know them,
the forms a quote may hold them in) differ, and each holding "Afghaan" (a form added to
places.toml ``countries``, data, no switch), and writes AFFECTED lines for eval/affected_ask.py.

    python eval/name_forms_scan.py AFFECTED.txt
"""

from __future__ import annotations

import re
import sys

from reading_scan import affected_lines, flags, write_affected  # the script's folder is on the path

from lrt_search.answer.evidence import Asked
from lrt_search.answer.names import name_forms
from lrt_search.evaluation import Question
from lrt_search.search.abbreviations import read_abbreviations
from lrt_search.search.parsed import read_question
from lrt_search.search.preamble import question_sentence
from lrt_search.search.query import SpeakerRules, scope_of
from lrt_search.search.typed_spelling import read_spelling
from lrt_search.service import Engine

AFGHAAN = re.compile(r"afghaan", re.I)


def names_read(engine: Engine, question: str) -> tuple[object, object]:
    """The reading's names, the names check's (form, known) pairs of ``question`` and the forms
    a quote may hold each focus name in (:func:`~lrt_search.answer.names.name_forms`)."""
    retriever = engine.evidence
    question, _ = read_abbreviations(retriever, question)
    question, _ = read_spelling(retriever, question)
    if engine.settings.preamble_context:
        question, _ = question_sentence(question)
    rules = SpeakerRules.of(retriever.settings)
    parsed = read_question(question, retriever.orgs, retriever.glossary, rules=rules)
    asked = Asked(retriever, question, scope_of(parsed, retriever.glossary, None), parsed=parsed)
    forms = tuple(name_forms(retriever, n)[1] for n, _ in asked.names if n)
    return parsed.names, asked.names, forms


def main() -> int:
    """Write the AFFECTED lines to the file named first; print each question read otherwise."""
    on = Engine.load(progress=False)
    off = on.with_settings(on.settings.replace(name_forms_read=False))

    def differs(name: str, q: Question) -> bool:
        a, b = names_read(off, q.question), names_read(on, q.question)
        if a == b and not AFGHAAN.search(q.question):
            return False
        print(name, q.id, flags(q), a[1], "->", b[1], q.question, sep="\t")
        return True

    write_affected(sys.argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
