"""Reading-only scan for rule ``decision_frames_read`` (issue 16 session 27 task C2): every
readable question whose reading differs with the rule on and off (its topic, its intents: a
decision frame read, X as the topic), and every question of intent ``agreed`` with the rule on
(the records among its candidates are then those on its topic: answer.records.records_first,
which only ``ask`` can tell). No ``ask`` runs; the held-out sets, the test split and blind27 are
never read. Folds as the task sets them: "design" is blind3..10 design halves, dev, probes a-m
and the generated set; "validation" blind11..26 design halves, probes n-z and derived sets.

    PYTHONPATH=<this checkout> python eval/decision_frames_scan.py AFFECTED.txt [--reading]

``--reading``: only the questions whose reading differs (not every agreed question).
"""

from __future__ import annotations

import sys

from reading_scan import affected_lines, flags, two_folds, write_affected

from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules

ON, OFF = SpeakerRules(), SpeakerRules(decision_frames_read=False)


def main() -> int:
    """Write the AFFECTED lines to the file named first; print each question found."""
    table = OrgTable.default()
    reading_only = "--reading" in sys.argv

    def differs(name: str, q: object) -> bool:
        question = q.question  # type: ignore[attr-defined]
        if name.startswith("blind27"):
            return False
        on, off = (
            read_question(question, table, rules=ON),
            read_question(question, table, rules=OFF),
        )
        changed = (on.topic, on.intents) != (off.topic, off.intents)
        if not changed and (reading_only or not on.asks("agreed")):
            return False
        what = (
            f"{off.topic!r} -> {on.topic!r} {sorted(on.intents - off.intents)}"
            if changed
            else "agreed"
        )
        print(two_folds(name), name, q.id, flags(q), what, "|", question)  # type: ignore[arg-type,attr-defined]
        return True

    write_affected(sys.argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
