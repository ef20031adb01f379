"""Reading-only scan for rules ``office_names_read`` and ``attendance_joins_read`` (issue 16,
session 30 task F): every question of the readable sets (no held-out set, no test split, no
blind30) read as ``ask`` reads it (abbreviations, spelling, the question sentence of a
preamble), with both rules on and with ``--rule NAME`` (or both) off, no ``ask``; prints each
question whose reading (the office and its code, the intents, header, topic, names) or whose
office gate (answer/absent_role.py ``gate_role_unrecorded``) differs, and writes AFFECTED lines
for eval/affected_ask.py.

    python eval/office_names_scan.py AFFECTED.txt [--rule office_names_read]
"""

from __future__ import annotations

import sys

from reading_scan import affected_lines, flags, write_affected  # the script's folder is on the path

from lrt_search.answer.evidence import Asked
from lrt_search.answer.gates import gate_role_unrecorded
from lrt_search.evaluation import Question
from lrt_search.search.abbreviations import read_abbreviations
from lrt_search.search.parsed import read_question
from lrt_search.search.preamble import question_sentence
from lrt_search.search.query import SpeakerRules, scope_of
from lrt_search.search.typed_spelling import read_spelling
from lrt_search.service import Engine

RULES = ("office_names_read", "attendance_joins_read")


def reading(engine: Engine, question: str) -> tuple[object, ...]:
    """What the rules change of ``question``: the reading's office, intents, header, topic and
    names, and the office gate's parameters."""
    retriever = engine.evidence
    question, _ = read_abbreviations(retriever, question)
    question, _ = read_spelling(retriever, question)
    if engine.settings.preamble_context:
        question, _ = question_sentence(question)
    rules = SpeakerRules.of(retriever.settings)
    parsed = read_question(question, retriever.orgs, retriever.glossary, rules=rules)
    asked = Asked(retriever, question, scope_of(parsed, retriever.glossary, None), parsed=parsed)
    shown = (parsed.office, parsed.office_code, sorted(parsed.intents), parsed.header)
    return (*shown, parsed.topic, parsed.names, gate_role_unrecorded(asked))


def main() -> int:
    """Write the AFFECTED lines to the file named first; print each question read otherwise."""
    off_rules = RULES
    if "--rule" in sys.argv:
        off_rules = (sys.argv[sys.argv.index("--rule") + 1],)
    on = Engine.load(progress=False)
    off = on.with_settings(on.settings.replace(**dict.fromkeys(off_rules, False)))

    def differs(name: str, q: Question) -> bool:
        if name.startswith("blind30"):
            return False  # first-run only
        a, b = reading(off, q.question), reading(on, q.question)
        if a == b:
            return False
        changed = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
        print(name, q.id, flags(q), q.question, changed, sep="\t")
        return True

    write_affected(sys.argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
