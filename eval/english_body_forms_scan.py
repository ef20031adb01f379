"""Reading-only scan for rules org_english_forms and org_coordinated_heads and the agenda-part
glossary terms (issue 16 session 23 task E2): every readable question whose reading changes
(the organisations a question names, its speaker, names and topic with the rules on and off; the
glossary terms added in E2), with the fold of its set; no ``ask`` runs.

    python eval/english_body_forms_scan.py AFFECTED.txt

writes AFFECTED.txt for eval/affected_ask.py ("<set> <n> <id><G?><A|U> ...") and prints each
question found with its readings. The held-out sets are never read."""

from __future__ import annotations

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

#: The English terms E2 added to lexicon/data/glossary.toml.
_ADDED = (
    "other business", "other matters", "round of questions", "questions from the floor",
    "round-table questions", "national round table", "national roundtable",
    "provincial round table", "provincial roundtables", "provincial steering table",
    "provincial table", "state of affairs", "state of play", "current situation update",
)  # fmt: skip


def reading(question: str, table: OrgTable) -> tuple[object, ...]:
    """What the rules can change of a question's reading."""
    rules = SpeakerRules.of(Settings())
    p = read_question(question, table, Glossary.default(), rules=rules)
    mentioned = tuple(m.code for m in table.query_mentions(question))
    return mentioned, p.speaker, p.names, p.topic


def main() -> int:
    """Write AFFECTED.txt and print the questions read differently."""
    s = Settings()
    org_flags = (s.org_full_names, s.org_groups, s.org_longest_title)
    on = OrgTable.default(None, *org_flags, True, True)
    off = OrgTable.default(None, *org_flags, False, False)

    def differs(name: str, q: Question) -> bool:
        before, after = reading(q.question, off), reading(q.question, on)
        added = [t for t in _ADDED if t in q.question.lower()]
        if before == after and not added:
            return False
        print(fold(name, SETS[name][0]), name, q.id, flags(q), "|", q.question)
        print("    off:", before, "\n    on: ", after, *(["glossary:", added] if added else []))
        return True

    write_affected(sys.argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
