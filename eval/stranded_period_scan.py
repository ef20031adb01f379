"""Reading-only scan for rule ``topic_period_stranded`` (issue 16, session 26 task F2): every
question of the readable sets read with the rule on and off (no ``ask``); prints each question
whose topic is read otherwise (a stranded "about" / "over" before a period: "What did X warn
about in July 2022?") and writes AFFECTED lines for eval/affected_ask.py.

    python eval/stranded_period_scan.py AFFECTED.txt
"""

from __future__ import annotations

import sys

from reading_scan import affected_lines, flags, write_affected  # the script's folder is on the path

from lrt_search.evaluation import Question
from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules


def main() -> int:
    """Write the AFFECTED lines to the file named first; print each question read otherwise."""
    orgs, glossary = OrgTable.default(), Glossary.default()
    off_rules = SpeakerRules(topic_period_stranded=False)

    def differs(name: str, q: Question) -> bool:
        on = read_question(q.question, orgs, glossary).topic
        off = read_question(q.question, orgs, glossary, rules=off_rules).topic
        if on == off:
            return False
        print(name, q.id, flags(q), repr(off), "->", repr(on), q.question, sep="\t")
        return True

    write_affected(sys.argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
