"""Reading-only scan for rule ``addressee_not_speaker`` (issue 16, session 24 task A2): every
question of the readable sets read with the rule on and off (no ``ask``); prints each question
whose speaker, speaker words, topic or unread notes differ (and each holding "gaven", a word
of speech added with the rule), and writes AFFECTED lines for
eval/affected_ask.py.

    python eval/addressee_not_speaker_scan.py AFFECTED.txt
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

from reading_scan import affected_lines, flags, write_affected  # the script's folder is on the path

from lrt_search.evaluation import Question
from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import ParsedQuestion, read_question
from lrt_search.search.query import SpeakerRules

ROOT = Path(__file__).resolve().parent.parent
DAYS = sorted(dt.date.fromisoformat(p.name[:10]) for p in (ROOT / "corpus").glob("*-lrt.txt"))
OFF = SpeakerRules(addressee_not_speaker=False)
GAVEN = re.compile(r"\bgaven\b", re.I)  # the word of speech added with the rule (data, no switch)


def _held(since: dt.date | None, until: dt.date | None) -> bool:
    return any((since is None or since <= d) and (until is None or d <= until) for d in DAYS)


def _reading(p: ParsedQuestion) -> tuple[object, ...]:
    return p.speaker, p.speaker_words, p.speaker_phrase, p.names, p.topic, p.unread, p.chair


def main() -> int:
    """Write the AFFECTED lines to the file named first; print each question read otherwise."""
    orgs, glossary = OrgTable.default(), Glossary.default()

    def differs(name: str, q: Question) -> bool:
        on = read_question(q.question, orgs, glossary, _held, SpeakerRules())
        off = read_question(q.question, orgs, glossary, _held, OFF)
        if _reading(on) == _reading(off) and not GAVEN.search(q.question):
            return False
        print(name, q.id, flags(q), _reading(off)[:2], "->", _reading(on)[:2], q.question, sep="\t")
        return True

    write_affected(sys.argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
