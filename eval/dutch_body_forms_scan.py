"""Reading-only scan for rules org_dutch_forms and org_mention_names (issue 16 session 24 task
B2): every readable question whose reading changes (the organisations it names, its speaker,
names and topic) with both rules on and off, with the fold of its set; no ``ask`` runs. (It read
the Dutch synonyms too for rule written_out_forms, deleted in session 24 task H3.)

    python eval/dutch_body_forms_scan.py AFFECTED.txt

writes AFFECTED.txt for eval/affected_ask.py ("<set> <n> <id><G?><A|U> ...") and prints each
question found with its readings. The held-out sets are never read."""

from __future__ import annotations

import dataclasses
import sys

from answer_sets import SETS  # the script's folder is on the path
from meeting_not_held_scan import fold
from reading_scan import affected_lines, flags, write_affected

from lrt_search.config import Settings
from lrt_search.evaluation import Question
from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules


def reading(question: str, s: Settings) -> tuple[object, ...]:
    """What the rules can change of a question's reading under settings ``s``."""
    flags_ = (s.org_full_names, s.org_groups, s.org_longest_title)
    table = OrgTable.default(
        None, *flags_, s.org_english_forms, s.org_coordinated_heads, s.org_dutch_forms
    )
    p = read_question(question, table, Glossary.default(), rules=SpeakerRules.of(s))
    mentioned = tuple(m.code for m in table.query_mentions(question))
    return mentioned, p.speaker, p.names, p.topic


def main() -> int:
    """Write AFFECTED.txt and print the questions read differently."""
    on = Settings()
    off = dataclasses.replace(on, org_dutch_forms=False, org_mention_names=False)

    def differs(name: str, q: Question) -> bool:
        before, after = reading(q.question, off), reading(q.question, on)
        if before == after:
            return False
        print(fold(name, SETS[name][0]), name, q.id, flags(q), "|", q.question)
        print("    off:", before, "\n    on: ", after)
        return True

    write_affected(sys.argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
