"""Reading-only scan for rule ``self_identification_names_free`` (issue 16, session 30 task E2):
every question of the readable sets but blind30 (first-run only) read as ``ask`` reads it
(answer/understanding.py ``understand``: lead-ins, asides, claim frame, preamble, the question
read once, the speaker from the attendee lists), with the rule on and off, no search and no
``ask``; prints each question whose reading (the whole ``ParsedQuestion`` and the frame's
speaker codes) differs, with its names and speaker both ways, and writes AFFECTED lines for
eval/affected_ask.py. Only questions in which the rule's forms occur (in the question or a tail
after a sentence's end or a colon) are read both ways; every other one reads alike by
construction (the rule reads nothing else).

    python eval/self_identification_scan.py AFFECTED.txt
"""

from __future__ import annotations

import re
import sys

from reading_scan import affected_lines, flags, write_affected

from lrt_search.answer.understanding import understand
from lrt_search.evaluation import Question
from lrt_search.search.self_identification import self_identifications
from lrt_search.service import Engine


def _tails(question: str) -> list[str]:
    """The question and each of its tails after a sentence's end or a colon (where a lead-in,
    an aside or a preamble the reading drops may end)."""
    return [question] + [question[m.end() :] for m in re.finditer(r"[.!?:]\s+", question)]


def read(engine: Engine, question: str) -> tuple[object, ...]:
    """The question's reading: the frame's speaker codes and its ParsedQuestion."""
    frame = understand(engine, question, None, None, None)
    return tuple(frame.orgs), frame.parsed


def main() -> int:
    """Write the AFFECTED lines to the file named first; print each question read otherwise."""
    on = Engine.load(progress=False)
    off = on.with_settings(on.settings.replace(self_identification_names_free=False))

    def differs(name: str, q: Question) -> bool:
        if name.startswith("blind30") or not any(
            self_identifications(t) for t in _tails(q.question)
        ):
            return False  # the rule's forms occur nowhere in it: read alike both ways
        a, b = read(off, q.question), read(on, q.question)
        if a == b:
            return False
        shown = [(x[0], x[1].speaker, x[1].names) for x in (a, b)]  # type: ignore[union-attr]
        print(name, q.id, flags(q), *shown[0], "->", *shown[1], q.question, sep="\t")
        return True

    write_affected(sys.argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
