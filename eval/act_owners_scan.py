"""Reading-only scan for rule ``act_owners_read`` (issue 16 session 28 task C2): every readable
question whose reading differs with the rule on and off (its speaker: a body owning the act a
verb of speech is about is no speaker). No ``ask`` runs; the held-out sets, the test split and
blind28 (first run only) are never read. Each line is printed with its fold (design: blind3..10
design halves, dev, probes a-m, generated; validation: every other readable set).

    PYTHONPATH=<this checkout> python eval/act_owners_scan.py AFFECTED.txt
"""

from __future__ import annotations

import sys

from reading_scan import affected_lines, question_reader, two_folds, write_affected

from lrt_search.search.query import SpeakerRules


def main() -> int:
    """Write the AFFECTED lines to the file named first; print each question found."""
    read_on = question_reader(SpeakerRules())
    read_off = question_reader(SpeakerRules(act_owners_read=False))

    def differs(name: str, q: object) -> bool:
        if name.startswith("blind28"):
            return False
        question = q.question  # type: ignore[attr-defined]
        on, off = read_on(question), read_off(question)
        if on == off:
            return False
        answerable = "A" if q.answerable else "U"  # type: ignore[attr-defined]
        shown = f"{off.speaker} -> {on.speaker}"
        print(two_folds(name), name, q.id, answerable, shown, "|", question, sep="\t")  # type: ignore[attr-defined]
        return True

    write_affected(sys.argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
