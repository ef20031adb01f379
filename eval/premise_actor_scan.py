"""Reading-only scan for rule ``premise_actor_checked`` (issue 16 session 27 task E2): every
readable why-question whose premise names an actor with the rule on (answer.premise_actor
``premise_actor``; off, none is read, so each such question's reading differs). No ``ask``
runs; the held-out sets, the test split and blind27 are never read. Folds normal: "design" is
blind3..10 design halves, dev, probes a-m and the generated set; "validation" the rest.

    PYTHONPATH=<this checkout> python eval/premise_actor_scan.py AFFECTED.txt
"""

from __future__ import annotations

import sys

from answer_sets import SETS  # the script's folder is on the path
from meeting_not_held_scan import fold
from reading_scan import affected_lines, flags, write_affected

from lrt_search.answer.premise_actor import premise_actor
from lrt_search.config import Settings
from lrt_search.evaluation import engine_for
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules


def main() -> int:
    """Write the AFFECTED lines to the file named first; print each question found."""
    on = engine_for(Settings(), progress=False)
    rules = SpeakerRules.of(on.settings)

    def differs(name: str, q: object) -> bool:
        question = q.question  # type: ignore[attr-defined]
        if name.startswith("blind27"):
            return False
        parsed = read_question(question, on.orgs, on.glossary, rules=rules)
        actor = premise_actor(on, parsed)  # type: ignore[arg-type]
        if actor is None:
            return False
        named = actor.named + (" (group)" if actor.group else "")
        speaker = ",".join(parsed.speaker) or "-"
        where = "design" if name == "generated" else fold(name, SETS[name][0])
        print(where, name, q.id, flags(q), named, f"speaker={speaker}", "|", question)  # type: ignore[arg-type,attr-defined]
        return True

    write_affected(sys.argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
