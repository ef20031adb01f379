"""Reading-only scan for rule ``record_abbreviation_forms`` (issue 16, session 26 task G4):
every question of the readable sets whose decision question (intent ``agreed``) names a glossary
term with an abbreviation among its Dutch forms, so the record checks (rules record_holds_topic,
record_holds_claim) read that term's other forms in a record with the rule on and not off. No
``ask`` runs (the question's frame is built as ``ask`` builds it before choosing statements);
prints each question with the terms read, and writes AFFECTED lines for eval/affected_ask.py.

    python eval/record_abbreviation_scan.py AFFECTED.txt
"""

from __future__ import annotations

import sys

from answer_misses import _frame  # the script's folder is on the path
from reading_scan import affected_lines, flags, write_affected

from lrt_search.answer.record_forms import is_abbreviation, topic_term_forms
from lrt_search.config import Settings
from lrt_search.evaluation import Question, engine_for


def main() -> int:
    """Write the AFFECTED lines to the file named first; print each question read otherwise."""
    engine = engine_for(Settings().replace(record_abbreviation_forms=True), progress=False)

    entries = [e for e in engine.glossary.entries if any(is_abbreviation(f) for f in e.nl)]
    forms = {f.lower().removesuffix("'s").rstrip("s") for e in entries for f in e.nl}
    english = {id(e) for e in entries}

    def named(question: str) -> bool:
        # a cheap test before the frame: a Dutch form as written, or an English term
        lowered = f" {question.lower()} "
        return any(f" {f}" in lowered for f in forms) or any(
            id(e) in english for _, e in engine.glossary.matches(question)
        )

    def differs(name: str, q: Question) -> bool:
        if not named(q.question):
            return False
        frame = _frame(engine, q.question)
        if frame.parsed is None or not frame.parsed.asks("agreed"):
            return False
        entries = topic_term_forms(frame)
        if not entries:
            return False
        read = [sorted(e.terms) for e in entries]
        print(name, q.id, flags(q), q.question, frame.needs.topic, read, sep="\t")
        return True

    write_affected(sys.argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
