"""Reading-only scan for rule ``embedded_quantity_read`` (no ``ask``): the readable questions
whose reading the rule changes - a quantity asked with the rule off, none with it on - written
as AFFECTED lines ("<set> <n> <id><flags> ...", flags G for a gold-bearing question, then A/U)
for eval/affected_ask.py (the intent only, without the rule's guard on the topic: a superset).
Held-out sets and the test split are never read.

    python eval/embedded_quantity_scan.py > AFFECTED.txt
"""

from __future__ import annotations

import sys
from dataclasses import replace

# the script's folder is on the path
from reading_scan import affected_lines, print_affected

from lrt_search.answer.embedded_quantity import quantity_embedded
from lrt_search.config import Settings
from lrt_search.evaluation import Question
from lrt_search.lexicon.intents import asks
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import read_question


def _quantity(question: str) -> bool:
    """Whether the question asks a quantity with the rule off (the intents asks_quantity reads)."""
    return any(asks(name, question) for name in ("quantity", "cost_asked", "quantity_noun"))


def main() -> int:
    """Print one AFFECTED line per set with a question the rule reads otherwise."""
    on, off = Settings(), replace(Settings(), embedded_quantity_read=False)
    orgs = OrgTable.default()

    def differs(name: str, q: Question) -> bool:
        parsed = read_question(q.question, orgs)
        return _quantity(q.question) and (
            quantity_embedded(on, parsed) != quantity_embedded(off, parsed)
        )

    print_affected(affected_lines(differs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
