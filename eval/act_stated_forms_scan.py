"""Reading-only scan of rule act_forms_split_read (issue 16 session 30 task C): the acts whose
quote check (answer/act_stated.py ``states_named_acts``) decides some statement of the bundled
corpus otherwise with the rule on and off (each printed with that statement), and every
readable question that asks one of them (its asked acts read as ``ask`` reads them: the
premise acts in a why- or claim-question). No ``ask`` runs; the held-out sets, the test split
and blind30 are never read.

    PYTHONPATH=<this checkout> python eval/act_stated_forms_scan.py AFFECTED.txt
"""

from __future__ import annotations

import re
import sys
from types import SimpleNamespace

from answer_sets import SETS  # the script's folder is on the path
from meeting_not_held_scan import fold
from reading_scan import affected_lines, flags, write_affected

from lrt_search.answer.act_stated import asked_acts, states_named_acts
from lrt_search.config import Settings
from lrt_search.evaluation import engine_for
from lrt_search.lexicon.datafiles import bundled_toml
from lrt_search.lexicon.intents import asks


def changed_acts() -> set[str]:
    """The acts some corpus statement states with the rule and not without it, or the other
    way round (printed with the statement)."""
    texts = [c.text for c in engine_for(Settings()).chunks]
    sentences = [s for t in texts for s in re.split(r"(?<=[.!?;])\s+|\n", t) if s.strip()]
    out = set()
    for name in bundled_toml("acts.toml"):
        for s in sentences:
            on, off = states_named_acts(name, s), states_named_acts(name, s, split=False)
            if on != off:
                print(f"{name}: off {off} on {on} | {s[:160]}")
                out.add(name)
    return out


def main() -> int:
    """Write AFFECTED.txt: the readable questions asking an act decided otherwise."""
    acts = changed_acts()
    print("acts decided otherwise:", sorted(acts))
    reader = SimpleNamespace(settings=Settings())

    def differs(name: str, q: object) -> bool:
        question = q.question  # type: ignore[attr-defined]
        premise = asks("why", question) or asks("claim_check", question)
        asked = set(asked_acts(reader, question, premise)[0]) & acts  # type: ignore[arg-type]
        if name.startswith("blind30") or not asked:
            return False
        where = "design" if name == "generated" else fold(name, SETS[name][0])
        print(where, name, q.id, flags(q), sorted(asked), "|", question)  # type: ignore[arg-type,attr-defined]
        return True

    write_affected(sys.argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
