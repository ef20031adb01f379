"""Which questions each speaker rule of issue 16's round A2 reads differently: for every
question of the non-test answer sets (eval/answer_sets.py), the speaker read with every rule
on and with one rule off (``speaker_object_of_who``, ``speaker_modifier``,
``speaker_group_widens``; ``person_speaker_position`` needs the attendee lists of an index and
is measured by ``ask``). No index is needed.

    python eval/speaker_reading.py

Prints per rule how many questions it changes and each one (question id, speaker off -> on).
The test split is never read.
"""

from __future__ import annotations

import dataclasses
import sys

from answer_sets import SETS

from lrt_search.evaluation import load_questions
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules

RULES = ("speaker_object_of_who", "speaker_modifier", "speaker_group_widens")


def main() -> int:
    table = OrgTable.default()
    questions = [
        (f"{name}:{q.id}", q.question)
        for name, (path, split) in SETS.items()
        for q in load_questions(path, split)
    ]
    on = SpeakerRules()
    for rule in RULES:
        off = dataclasses.replace(on, **{rule: False})
        changed = [
            (qid, text, a, b)
            for qid, text in questions
            if (a := read_question(text, table, rules=off).speaker)
            != (b := read_question(text, table, rules=on).speaker)
        ]
        print(f"{rule}: {len(changed)} of {len(questions)} questions read differently")
        for qid, text, a, b in changed:
            print(f"   {qid} {text!r}: {list(a)} -> {list(b)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
