"""Reading-only scan of rows added to inflections.toml ``dutch_strong`` (issue 16, session 30
task C2): every readable question a new row can read otherwise - one holding a form of a named
verb (with a prefix or particle: "terugbracht", "ophield"), read by rules premise_verb_forms
and word_forms_read, or asking an act (answer.act_stated.asked_acts, as ``ask`` reads a why- or
claim-question) one of whose acts.toml ``verbs`` is built on a named verb (rule
act_forms_split_read). No ``ask`` runs; held-out sets, the test split and blind30 are never
read. Writes the AFFECTED lines of eval/affected_ask.py.

    PYTHONPATH=<this checkout> python eval/strong_rows_scan.py AFFECTED.txt VERB [VERB ...]
"""

from __future__ import annotations

import re
import sys
from types import SimpleNamespace

from answer_sets import SETS  # the script's folder is on the path
from meeting_not_held_scan import fold
from reading_scan import affected_lines, flags, write_affected

from lrt_search.answer.act_stated import asked_acts
from lrt_search.answer.premise_forms import strong_forms
from lrt_search.config import Settings
from lrt_search.lexicon.datafiles import bundled_toml
from lrt_search.lexicon.intents import asks


def _acts_of(verbs: set[str]) -> set[str]:
    """The acts one of whose ``verbs`` ends in a named verb ("terug|brengen", "verlaten")."""
    data = bundled_toml("acts.toml")
    return {
        name
        for name, table in data.items()
        if any(str(v).replace("|", "").endswith(tuple(verbs)) for v in table.get("verbs", []))
    }


def main() -> int:
    verbs = set(sys.argv[2:])
    acts = _acts_of(verbs)
    print("acts built on the verbs:", sorted(acts))
    reader = SimpleNamespace(settings=Settings())

    def differs(name: str, q: object) -> bool:
        question = q.question  # type: ignore[attr-defined]
        if name.startswith("blind30"):
            return False
        words = re.findall(r"\w+", question.lower())
        hit = [w for w in words if strong_forms(w) and strong_forms(w)[0].endswith(tuple(verbs))]
        premise = asks("why", question) or asks("claim_check", question)
        asked = set(asked_acts(reader, question, premise)[0]) & acts  # type: ignore[arg-type]
        if not hit and not asked:
            return False
        where = "design" if name == "generated" else fold(name, SETS[name][0])
        print(where, name, q.id, flags(q), hit, sorted(asked), "|", question)  # type: ignore[arg-type,attr-defined]
        return True

    write_affected(sys.argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
