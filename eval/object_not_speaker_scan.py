"""Reading-only scan for rule ``object_not_speaker`` (issue 16, session 23 task F3): every
question of the readable sets read with the rule on and off (no ``ask``); prints each question
whose speaker, speaker words, topic or unread notes differ, and writes AFFECTED lines for
eval/affected_ask.py.

    python eval/object_not_speaker_scan.py AFFECTED.txt
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from answer_sets import SETS, held_out  # the script's folder is on the path

from lrt_search.evaluation import load_questions
from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import ParsedQuestion, read_question
from lrt_search.search.query import SpeakerRules

ROOT = Path(__file__).resolve().parent.parent
DAYS = sorted(dt.date.fromisoformat(p.name[:10]) for p in (ROOT / "corpus").glob("*-lrt.txt"))
OFF = SpeakerRules(object_not_speaker=False)


def _held(since: dt.date | None, until: dt.date | None) -> bool:
    return any((since is None or since <= d) and (until is None or d <= until) for d in DAYS)


def _reading(p: ParsedQuestion) -> tuple[object, ...]:
    return p.speaker, p.speaker_words, p.speaker_phrase, p.names, p.topic, p.unread, p.chair


def main() -> int:
    """Write the AFFECTED lines to the file named first; print each question read otherwise."""
    out = Path(sys.argv[1])
    orgs, glossary = OrgTable.default(), Glossary.default()
    lines = []
    for name, (path, split) in SETS.items():
        if held_out(name) or split == "test":
            continue
        items = []
        for q in load_questions(path, split):
            on = read_question(q.question, orgs, glossary, _held, SpeakerRules())
            off = read_question(q.question, orgs, glossary, _held, OFF)
            if _reading(on) != _reading(off):
                flags = ("G" if q.gold else "") + ("A" if q.answerable else "U")
                items.append(f"{q.id}{flags}")
                print(
                    name,
                    q.id,
                    flags,
                    _reading(off)[:2],
                    "->",
                    _reading(on)[:2],
                    q.question,
                    sep="\t",
                )
        if items:
            lines.append(f"{name} {len(items)} {' '.join(items)}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
