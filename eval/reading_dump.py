"""Reading-only dump for answer-neutral refactors (issue 16, session 25 task H): every readable
question's readings of dates and numbers (rules date_words_read, claim_number_words,
number_forms_read, the claim spans) and its ParsedQuestion, one JSON line each; the number and
ordinal words first. No ``ask`` runs. Run it before and after a change and compare the files:

    PYTHONHASHSEED=0 PYTHONPATH=<tree> python eval/reading_dump.py OUT.jsonl

(``PYTHONHASHSEED=0``: a ParsedQuestion's frozensets print in hash order.)
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from reading_scan import readable_sets  # the script's folder is on the path

from lrt_search.answer.claim_forms import claim_reading, claim_spans
from lrt_search.answer.number_forms import KINDS, phrase_bounds, phrase_spans, read_numbers
from lrt_search.answer.number_words import word_bounds, word_numbers
from lrt_search.config import Settings
from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.date_words import cardinals, ordinals, read_date_words  # as main had them
from lrt_search.search.parsed import read_question

ROOT = Path(__file__).resolve().parent.parent
DAYS = sorted(dt.date.fromisoformat(p.name[:10]) for p in (ROOT / "corpus").glob("*-lrt.txt"))


def _held(since: dt.date | None, until: dt.date | None) -> bool:
    return any((since is None or since <= d) and (until is None or d <= until) for d in DAYS)


def _row(text: str, orgs: OrgTable, glossary: Glossary, settings: Settings) -> dict[str, object]:
    """The readings of one question ``text``."""
    dated, notes = read_date_words(text)
    row: dict[str, object] = {"dates": [dated, notes]}
    for english in (False, True):
        row[f"numbers_{'en' if english else 'nl'}"] = [
            repr(read_numbers(text, english)),
            word_numbers(text, english),
            repr(word_bounds(text, KINDS, english)),
            phrase_spans(text, [], english),
            repr(phrase_bounds(text, english)),
            claim_spans(text, claim_reading(settings, english)),
        ]
    row["parsed"] = repr(read_question(dated, orgs, glossary, _held))
    return row


def main() -> int:
    """Write the dump to the file named first."""
    orgs, glossary, settings = OrgTable.default(), Glossary.default(), Settings()
    n = 0
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        words = {"cardinals": sorted(cardinals().items()), "ordinals": sorted(ordinals().items())}
        out.write(json.dumps(words, ensure_ascii=False) + "\n")
        for name, questions in readable_sets():
            for q in questions:
                row = {"set": name, "id": q.id, **_row(q.question, orgs, glossary, settings)}
                out.write(json.dumps(row, ensure_ascii=False, default=repr) + "\n")
                n += 1
    print(f"{n} questions -> {sys.argv[1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
