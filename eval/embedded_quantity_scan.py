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

from answer_sets import SETS, held_out  # the script's folder is on the path

from lrt_search.answer.embedded_quantity import quantity_embedded
from lrt_search.config import Settings
from lrt_search.evaluation import load_questions
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
    for name, (path, split) in SETS.items():
        if held_out(name) or split == "test":
            continue
        rows = []
        for q in load_questions(path, split):
            text = q.question
            parsed = read_question(text, orgs)
            if _quantity(text) and quantity_embedded(on, parsed) != quantity_embedded(off, parsed):
                rows.append(q.id + ("G" if q.gold else "") + ("A" if q.answerable else "U"))
        if rows:
            print(name, len(rows), *rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
