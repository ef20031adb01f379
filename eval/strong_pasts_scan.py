"""Reading-only scan of rule ``strong_pasts_read`` (issue 16 session 28 task B): every readable
Dutch question whose topic check (answer.topics.topic_terms of the whole question, as a Dutch
topic: its index terms and missing words) the rule reads otherwise, on and off; no ``ask`` runs.
Held-out sets and the test split are never read; blind28 (this session's first-run set) is
skipped.

    PYTHONPATH=. python eval/strong_pasts_scan.py AFFECTED.txt

Prints each question found with its fold (eval/word_forms_scan.fold: design = blind3..10
design halves, dev, probes a-m, generated; validation = the rest) and the reading before and
after; writes the AFFECTED lines eval/affected_ask.py takes.
"""

from __future__ import annotations

import sys

from reading_scan import affected_lines, flags, write_affected  # the script's folder is on the path
from word_forms_scan import fold

from lrt_search.answer.topics import topic_terms
from lrt_search.config import Settings
from lrt_search.evaluation import Question, engine_for
from lrt_search.index.analysis import is_english


def main() -> int:
    on = engine_for(Settings(), progress=False).evidence
    off = engine_for(Settings(strong_pasts_read=False), progress=False).evidence

    def reading(retriever: object, text: str) -> tuple:
        check = topic_terms(retriever, text, False)  # type: ignore[arg-type]
        return tuple(sorted(check.terms)), check.missing

    def differs(name: str, q: Question) -> bool:
        if name.startswith("blind28") or is_english(q.question):
            return False
        new, old = reading(on, q.question), reading(off, q.question)
        if new != old:
            print(fold(name), name, q.id, flags(q), "|", q.question, "|", old, "->", new)
        return new != old

    write_affected(sys.argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
