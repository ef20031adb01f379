"""Reading-only scan for rule ``event_frames_read`` (session 28 task H): every question of the
readable sets (no holdout, no test, never blind28, the newest set) read as ``ask`` reads it
(no ``ask``); a question is affected when its one day is kept a meeting's with the rule off and
not with it on (:func:`lrt_search.answer.day_of_mention.day_reading`), or when it asks who
attended and its date is tied to an event noun (rule date_written_topic reads the frame too).
Prints each, writes AFFECTED lines for eval/affected_ask.py.

    python eval/event_frames_scan.py AFFECTED.txt
"""

from __future__ import annotations

import sys

from date_roles_scan import _held
from reading_scan import affected_lines, flags, write_affected  # the script's folder is on the path

from lrt_search.answer.day_of_mention import day_reading
from lrt_search.answer.event_date import event_dated, event_rules
from lrt_search.config import Settings
from lrt_search.evaluation import Question
from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.intents import asks
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.date_words import read_date_words
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules


def main() -> int:
    """Write the AFFECTED lines to the file named first; print each question read otherwise."""
    orgs, glossary, rules = OrgTable.default(), Glossary.default(), SpeakerRules()
    on, off = Settings(), Settings().replace(event_frames_read=False)

    def differs(name: str, q: Question) -> bool:
        if name.startswith("blind28"):
            return False
        text = read_date_words(q.question)[0]
        p = read_question(text, orgs, glossary, _held, rules)
        said = p.speaker_words
        day = p.since if p.since is not None and p.since == p.until else None
        changed = day is not None and (
            day_reading(text, p.english, day, said, on)[0]
            != day_reading(text, p.english, day, said, off)[0]
        )
        attended = asks("attendance_asked", text) and not asks("chair", text)
        event = attended and event_dated(text, p.english, None, said, event_rules(on))
        if not (changed or event):
            return False
        print(name, q.id, flags(q), q.question, f"day {day}", sep="\t")
        return True

    write_affected(sys.argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
