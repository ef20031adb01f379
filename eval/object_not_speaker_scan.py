"""Reading-only scan for rule ``object_not_speaker`` (issue 16, session 23 task F3): every
question of the readable sets read with the rule on and off (no ``ask``); prints each question
whose speaker, speaker words, topic or unread notes differ, and writes AFFECTED lines for
eval/affected_ask.py.

    python eval/object_not_speaker_scan.py AFFECTED.txt
"""

from __future__ import annotations

import sys

# the script's folder is on the path
from reading_scan import affected_lines, flags, question_reader, write_affected

from lrt_search.evaluation import Question
from lrt_search.search.parsed import ParsedQuestion
from lrt_search.search.query import SpeakerRules

OFF = SpeakerRules(object_not_speaker=False)


def _reading(p: ParsedQuestion) -> tuple[object, ...]:
    return p.speaker, p.speaker_words, p.speaker_phrase, p.names, p.topic, p.unread, p.chair


def main() -> int:
    """Write the AFFECTED lines to the file named first; print each question read otherwise."""
    read_on, read_off = question_reader(SpeakerRules()), question_reader(OFF)

    def differs(name: str, q: Question) -> bool:
        on = read_on(q.question)
        off = read_off(q.question)
        if _reading(on) == _reading(off):
            return False
        print(name, q.id, flags(q), _reading(off)[:2], "->", _reading(on)[:2], q.question, sep="\t")
        return True

    write_affected(sys.argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
