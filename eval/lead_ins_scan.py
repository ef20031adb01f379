"""Reading-only scan for rule ``lead_ins_read`` (issue 16 session 29 task B): every readable
question whose text the lead-in reader changes (answer/lead_in.without_lead_in: an asker's
lead-in before a colon dropped, a topicless body asked about the lead-in's X). No ``ask`` runs;
the held-out sets, the test split and blind29 (first-run only this session) are never read.
Folds: "design" is blind3..10 design halves, dev, probes a-m and the generated set; "validation"
the rest (blind11..28 design halves, probes n-z, derived sets).

    PYTHONPATH=<this checkout> python eval/lead_ins_scan.py AFFECTED.txt
"""

from __future__ import annotations

import sys

from answer_sets import SETS  # the script's folder is on the path
from meeting_not_held_scan import fold
from reading_scan import affected_lines, flags, write_affected

from lrt_search.answer.lead_in import without_lead_in
from lrt_search.config import Settings
from lrt_search.evaluation import Question
from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.query import SpeakerRules


def main() -> int:
    """Write the AFFECTED lines to the file named first; print each question found."""
    s, orgs, glossary = Settings(), OrgTable.default(), Glossary.default()
    rules = SpeakerRules.of(s)

    def differs(name: str, q: Question) -> bool:
        if name.startswith("blind29"):
            return False
        text, note = without_lead_in(
            q.question, orgs, glossary, rules, s.frame_gap_topic, s.main_clause_intent
        )
        if not note:
            return False
        where = "design" if name == "generated" else fold(name, SETS[name][0])
        print(where, name, q.id, flags(q), "|", q.question, "->", text, "|", note)
        return True

    write_affected(sys.argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
