"""Reading-only scan for rule ``office_portfolios_read`` (issue 16, session 30 task F2): every
question of the readable sets (no held-out set, no test split, no blind30) read as ``ask``
reads it, with the rule on and off, no ``ask``; prints each question whose speaker, office,
names or office gate differs (eval/office_names_scan.py's reading and the speaker), and writes
AFFECTED lines for eval/affected_ask.py.

    python eval/office_portfolios_scan.py AFFECTED.txt
"""

from __future__ import annotations

import re
import sys

from office_names_scan import reading  # the script's folder is on the path
from reading_scan import affected_lines, flags, write_affected

from lrt_search.evaluation import Question
from lrt_search.search.abbreviations import read_abbreviations
from lrt_search.search.parsed import read_question
from lrt_search.search.preamble import question_sentence
from lrt_search.search.query import SpeakerRules
from lrt_search.search.typed_spelling import read_spelling
from lrt_search.service import Engine

RULE = "office_portfolios_read"
#: The rule reads only an office head; a question without one is read alike (not asked).
HEADS = re.compile(r"(?i)minister|staatssecretaris|secretary")


def speaker(engine: Engine, question: str) -> tuple[str, ...]:
    """The speaker codes of ``question`` as ``ask`` reads it."""
    retriever = engine.evidence
    question, _ = read_abbreviations(retriever, question)
    question, _ = read_spelling(retriever, question)
    if engine.settings.preamble_context:
        question, _ = question_sentence(question)
    rules = SpeakerRules.of(retriever.settings)
    return read_question(question, retriever.orgs, retriever.glossary, rules=rules).speaker


def main() -> int:
    """Write the AFFECTED lines to the file named first; print each question read otherwise."""
    on = Engine.load(progress=False)
    off = on.with_settings(on.settings.replace(**{RULE: False}))

    def differs(name: str, q: Question) -> bool:
        if name.startswith("blind30"):
            return False  # first-run only
        if not HEADS.search(q.question):
            return False
        a = (speaker(off, q.question), *reading(off, q.question))
        b = (speaker(on, q.question), *reading(on, q.question))
        if a == b:
            return False
        changed = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
        print(name, q.id, flags(q), q.question, changed, sep="\t")
        return True

    write_affected(sys.argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
