"""Reading-only scan for the frequency forms of task B3 (issue 16, session 26;
tests/data/frequency_forms.toml): which readable questions read intent ``frequency`` (rule
``frequency_meetings``) as ``ask`` reads it. The pattern changed in place, so the reading before
is taken from a worktree of the parent commit: dump there, dump here, then compare (no ``ask``).
blind26 is left out (first run and final figures only).

    PYTHONPATH=<worktree> python <worktree>/eval/frequency_forms_scan.py --dump BEFORE.json
    PYTHONPATH=. python eval/frequency_forms_scan.py --dump AFTER.json
    python eval/frequency_forms_scan.py --diff BEFORE.json AFTER.json AFFECTED.txt
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

# the script's folder is on the path
from reading_scan import affected_lines, held, readable_sets, write_affected

from lrt_search.evaluation import Question
from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.abbreviations import drop_fillers
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules


def dump(path: str) -> None:
    """Write, for every readable question but blind26's, whether it reads intent frequency."""
    orgs, glossary = OrgTable.default(), Glossary.default()
    out = {
        f"{name}\t{q.id}": "frequency"
        in read_question(drop_fillers(q.question), orgs, glossary, held, SpeakerRules()).intents
        for name, questions in readable_sets()
        if not name.startswith("blind26")
        for q in questions
    }
    Path(path).write_text(json.dumps(out, indent=0), encoding="utf-8")


def diff(before: str, after: str, affected: str) -> None:
    """Print each question read otherwise and write the AFFECTED lines."""
    old = json.loads(Path(before).read_text("utf-8"))
    new = json.loads(Path(after).read_text("utf-8"))

    def differs(name: str, q: Question) -> bool:
        key = f"{name}\t{q.id}"
        if key not in new or old.get(key) == new[key]:
            return False
        print(name, q.id, old.get(key), "->", new[key], q.question, sep="\t")
        return True

    write_affected(affected, affected_lines(differs))


if __name__ == "__main__":
    if sys.argv[1] == "--dump":
        dump(sys.argv[2])
    else:
        diff(*sys.argv[2:5])
