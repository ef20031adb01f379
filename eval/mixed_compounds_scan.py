"""Reading-only scan for rule ``mixed_compounds_read`` (issue 16, session 30 task H): every
question of the readable sets but blind30 (first-run only), as ``ask`` reads it (after
``read_abbreviations``), with the rule on and off, no ``ask``; prints each question whose
reading differs - the pairs read as the minutes' compounds, the topic check's found and missing
units, the search's extra terms - and writes AFFECTED lines for eval/affected_ask.py.

    python eval/mixed_compounds_scan.py AFFECTED.txt
"""

from __future__ import annotations

import sys

from reading_scan import affected_lines, flags, write_affected

from lrt_search.answer.evidence import Asked
from lrt_search.evaluation import Question
from lrt_search.search.abbreviations import read_abbreviations
from lrt_search.search.mixed_compounds import mixed_compounds
from lrt_search.service import Engine


def reading(engine: Engine, question: str) -> tuple[object, ...]:
    """The topic check's found units and missing words and the scope's extra terms."""
    scope = engine.scope(question)
    check = Asked(engine, question, scope).topic_check
    found = tuple(name for name, _, _ in check.found) if check else ()
    return found, check.missing if check else (), scope.glossary_terms


def main() -> int:
    """Write the AFFECTED lines to the file named first; print each question read otherwise."""
    on = Engine.load(progress=False)
    off = on.with_settings(on.settings.replace(mixed_compounds_read=False))

    def differs(name: str, q: Question) -> bool:
        if name.startswith("blind30"):
            return False
        text = read_abbreviations(on, q.question)[0]
        pairs = mixed_compounds(on, text) or mixed_compounds(on, q.question)
        if not pairs:
            return False
        a, b = reading(off, text), reading(on, text)
        if a == b:
            return False
        shown = "; ".join(f"{p.modifier} {p.noun} -> {'/'.join(p.compounds)}" for p in pairs)
        print(name, q.id, flags(q), shown, a[:2], "->", b[:2], q.question, sep="\t")
        return True

    write_affected(sys.argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
