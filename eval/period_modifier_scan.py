"""Reading-only scan for rule ``period_modifier_read`` (session 27 task G): every question
of the readable sets read with the rule on and off (no ``ask``; the bundled corpus's meeting
days say whether a period holds a meeting); prints each question read otherwise with its
period and scope off and on, and writes AFFECTED lines for eval/affected_ask.py.

    python eval/period_modifier_scan.py AFFECTED.txt
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from reading_scan import affected_lines, flags, write_affected  # the script's folder is on the path

from lrt_search.evaluation import Question
from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.date_words import read_date_words
from lrt_search.search.parsed import ParsedQuestion, read_question
from lrt_search.search.query import SpeakerRules

ROOT = Path(__file__).resolve().parent.parent
DAYS = sorted(dt.date.fromisoformat(p.name[:10]) for p in (ROOT / "corpus").glob("*-lrt.txt"))


def _held(since: dt.date | None, until: dt.date | None) -> bool:
    return any((since is None or since <= d) and (until is None or d <= until) for d in DAYS)


def _reading(p: ParsedQuestion) -> str:
    return f"{p.since} {p.until} {p.period_scope or '-'} {p.period!r} topic={p.topic_period}"


def main() -> int:
    """Write the AFFECTED lines to the file named first; print each question read otherwise."""
    orgs, glossary = OrgTable.default(), Glossary.default()
    on_rules = SpeakerRules(period_modifier_read=True)
    off_rules = SpeakerRules(period_modifier_read=False)

    def differs(name: str, q: Question) -> bool:
        text = read_date_words(q.question)[0]  # as `ask` reads it (rule date_words_read)
        on = read_question(text, orgs, glossary, _held, on_rules)
        off = read_question(text, orgs, glossary, _held, off_rules)
        if on == off:
            return False
        print(name, q.id, flags(q), q.question, _reading(off), "->", _reading(on), sep="\t")
        return True

    write_affected(sys.argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
