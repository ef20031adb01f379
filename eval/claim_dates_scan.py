"""Reading-only scan for rule ``claim_numbers_undated`` (session 28 task F3): every question of
the readable sets (blind29, first-run only, left out; blind28 until session 29) read as a claim
with the rule on and off (no ``ask``); prints each question whose claim reading changes -
whether it is a claim, its claimed numbers, the numbers around them - as written and as rule
date_forms_read rewrites it, and writes AFFECTED lines for eval/affected_ask.py.

    python eval/claim_dates_scan.py AFFECTED.txt
"""

from __future__ import annotations

import sys
from dataclasses import replace

# the script's folder is on the path
from reading_scan import affected_lines, flags, write_affected

from lrt_search.answer.claim_detail import _numbers, claim_mentions, near_numbers
from lrt_search.answer.claim_forms import claim_reading, is_claim
from lrt_search.config import Settings
from lrt_search.evaluation import Question
from lrt_search.index.analysis import is_english
from lrt_search.search.date_forms import read_date_forms


def reading(text: str, dates: bool) -> tuple[object, ...]:
    """Whether ``text`` is a claim, and its claimed numbers with the numbers around each."""
    how = replace(claim_reading(Settings(), is_english(text)), dates=dates)
    found = claim_mentions(text, how)
    around = [
        (m.written, sorted(near_numbers(m)), sorted(_numbers(tuple(m.sentence.split()), m.dated)))
        for m in found
    ]
    return is_claim(text, how), around


def main() -> int:
    """Write the AFFECTED lines to the file named first; print each question read otherwise."""

    def differs(name: str, q: Question) -> bool:
        if name.startswith(
            "blind29"
        ):  # first-run only (blind28 design is readable since session 29)
            return False
        changed = False
        for text in dict.fromkeys((q.question, read_date_forms(q.question, True)[0])):
            off, on = reading(text, False), reading(text, True)
            if off != on:
                print(name, q.id, flags(q), text, off, "->", on, sep="\t")
                changed = True
        return changed

    write_affected(sys.argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
