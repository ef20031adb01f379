"""Reading-only scan for rule ``english_premise_checked`` (issue 16 session 27 task E3): every
readable English why-question whose premise needs (answer.premise.premise_terms) differ with the
rule on and off - a premise none of whose words the check read, now checked through the Dutch
translations the minutes hold. No ``ask`` runs; the held-out sets, the test split and blind27
are never read. Folds normal ("design": blind3..10 design halves, dev, probes a-m, generated;
"validation": blind11..26 design halves, probes n-z, derived sets). With ``--all`` every English
why-question is printed with its needs count on and off (the class as a listing).

    PYTHONPATH=<this checkout> python eval/english_premise_scan.py AFFECTED.txt [--all]
"""

from __future__ import annotations

import sys

from answer_sets import SETS  # the script's folder is on the path
from meeting_not_held_scan import fold
from reading_scan import affected_lines, flags, write_affected

from lrt_search.answer.premise import premise_terms
from lrt_search.config import Settings
from lrt_search.evaluation import engine_for
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules


def needs_of(engine: object, question: str) -> tuple[frozenset[str], ...]:
    """The premise needs of an English ``question`` as ``engine`` reads them."""
    e = engine  # an Engine is a Retriever
    parsed = read_question(question, e.orgs, e.glossary, rules=SpeakerRules.of(e.settings))  # type: ignore[attr-defined]
    return premise_terms(e, parsed, True)[1]  # type: ignore[arg-type]


def main() -> int:
    """Write the AFFECTED lines to the file named first; print each question found."""
    on = engine_for(Settings(english_premise_checked=True), progress=False)
    off = engine_for(Settings(english_premise_checked=False), progress=False)
    listing = "--all" in sys.argv

    def differs(name: str, q: object) -> bool:
        question, lang = q.question, q.lang  # type: ignore[attr-defined]
        if name.startswith("blind27") or lang != "en" or not question.lower().startswith("why"):
            return False
        before, after = needs_of(off, question), needs_of(on, question)
        where = "design" if name == "generated" else fold(name, SETS[name][0])
        if listing or before != after:
            what = f"needs {len(before)} -> {len(after)}"
            print(where, name, q.id, flags(q), what, "|", question)  # type: ignore[arg-type,attr-defined]
        return before != after

    write_affected(sys.argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
