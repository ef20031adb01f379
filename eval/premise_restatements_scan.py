"""Reading-only scan for rule ``premise_restatements_read`` (issue 16 session 27 task F): every
readable Dutch why-question whose premise reading differs with the rule on and off - its needs
(answer.premise.premise_terms: other forms of a word), its restated nouns (a participle is no
noun) - or one of whose needs a separable verb's particle opens (a statement's clause-closing
particle may meet it: answer.premise_apart.closing_pairs). No ``ask`` runs; the held-out sets,
the test split and blind27 are never read. Folds FLIPPED for this task: "design" is
blind11..26 design halves and probes n-z, "validation" the rest.

    PYTHONPATH=<this checkout> python eval/premise_restatements_scan.py AFFECTED.txt
"""

from __future__ import annotations

import sys

from answer_sets import SETS  # the script's folder is on the path
from meeting_not_held_scan import fold
from reading_scan import affected_lines, flags, write_affected

from lrt_search.answer.premise import premise_terms
from lrt_search.answer.premise_restated import restated_nouns
from lrt_search.config import Settings
from lrt_search.evaluation import engine_for
from lrt_search.lexicon.dutch_forms import verb_particles
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules


def reading(engine: object, question: str) -> tuple[object, ...]:
    """The premise needs and restated nouns of a Dutch ``question`` as ``engine`` reads them."""
    e = engine  # an Engine is a Retriever
    parsed = read_question(question, e.orgs, e.glossary, rules=SpeakerRules.of(e.settings))  # type: ignore[attr-defined]
    premise, needs = premise_terms(e, parsed, False)  # type: ignore[arg-type]
    return needs, restated_nouns(e, premise, needs, False)  # type: ignore[arg-type]


def main() -> int:
    """Write the AFFECTED lines to the file named first; print each question found."""
    on = engine_for(Settings(), progress=False)
    off = engine_for(Settings(premise_restatements_read=False), progress=False)
    particles = tuple(verb_particles())

    def differs(name: str, q: object) -> bool:
        question, lang = q.question, q.lang  # type: ignore[attr-defined]
        if name.startswith("blind27") or lang != "nl":
            return False
        after = reading(on, question)
        if not after[0]:
            return False
        before = reading(off, question)
        opened = [t for n in after[0] for t in n if t.startswith(particles)]
        if before == after and not opened:
            return False
        where = {"design": "validation", "validation": "design"}[fold(name, SETS[name][0])]
        what = "reads otherwise" if before != after else f"particle-led {sorted(opened)}"
        print(where, name, q.id, flags(q), what, "|", question)  # type: ignore[arg-type,attr-defined]
        return True

    write_affected(sys.argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
