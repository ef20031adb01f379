"""Reading-only scan for rules number_forms_read and money_named_not_asked (issue 16 task H2).

    python eval/number_forms_scan.py [AFFECTED.txt]

Reads every readable question (no ``ask``) with the two rules on and off: whether it puts a
claim, the claim's numbers with their bounds (answer/claim_detail.py), the numbers a quote need
not hold (answer/candidates.py) and whether it asks money (answer/evidence.py). Prints each
question whose reading differs and writes the AFFECTED lines for eval/affected_ask.py.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from reading_scan import affected_lines  # the script's folder is on the path

from lrt_search.answer.claim_bound import KINDS, bounded_numbers, claim_bounds
from lrt_search.answer.claim_detail import claim_mentions
from lrt_search.answer.claim_forms import ClaimReading, is_claim
from lrt_search.answer.number_forms import money_asked, phrase_bounds, phrase_numbers
from lrt_search.answer.number_words import word_bounds
from lrt_search.config import Settings
from lrt_search.evaluation import Question
from lrt_search.lexicon.intents import asks


def reading(question: str, english: bool, on: bool) -> tuple[object, ...]:
    """What the claim and money checks read of ``question`` with the rules ``on`` or off."""
    claim = ClaimReading(True, True, True, english, True, True, on)
    mentions = tuple(m.digits for m in claim_mentions(question, claim))
    bounds = word_bounds(question, KINDS, english) | claim_bounds(question)
    free = set(bounded_numbers(question, claim))
    if on:
        bounds |= phrase_bounds(question, english)
        if is_claim(question, claim):
            free |= phrase_numbers(question, english)
    settings = replace(Settings(), money_named_not_asked=on)
    money = asks("money", question) and money_asked(settings, question, english)
    return (is_claim(question, claim), mentions, sorted(bounds.items()), sorted(free), money)


def main() -> int:
    """Scan every readable set; write AFFECTED lines to the file given (or print them)."""

    def differs(name: str, q: Question) -> bool:
        english = q.lang == "en"
        off, on = reading(q.question, english, False), reading(q.question, english, True)
        if off != on:
            print(name, q.id, q.question, "\n   off", off, "\n   on ", on)
        return off != on

    text = "\n".join(affected_lines(differs)) + "\n"
    if len(sys.argv) > 1:
        Path(sys.argv[1]).write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
