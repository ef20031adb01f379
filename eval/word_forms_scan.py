"""Reading-only scan of rule ``word_forms_read`` (issue 16 session 26 task E): every readable
Dutch question whose topic words the lookup reads otherwise with the rule on and off (the index
terms and the missing words of the topic check of the whole question, answer.topics.topic_terms,
as a Dutch topic: the rule reads no English word); no ``ask`` runs. Held-out sets and the test
split are never read; blind26 is skipped (this session's first-run set).

    PYTHONPATH=. python eval/word_forms_scan.py AFFECTED.txt

Prints each question found with its fold (the brief's: design = blind3..10 design halves, dev,
probes a-m, the generated set; validation = the rest) and the units that changed.
"""

from __future__ import annotations

import sys

from reading_scan import affected_lines, flags, two_folds, write_affected

from lrt_search.answer.topics import topic_terms
from lrt_search.config import Settings
from lrt_search.evaluation import Question, engine_for
from lrt_search.index.analysis import is_english


def main() -> int:
    on = engine_for(Settings(), progress=False).evidence
    off = engine_for(Settings(word_forms_read=False), progress=False).evidence

    def reading(retriever: object, text: str) -> tuple:
        check = topic_terms(retriever, text, False)  # type: ignore[arg-type]
        return tuple(sorted(check.terms)), check.missing

    def differs(name: str, q: Question) -> bool:
        if name.startswith("blind26") or is_english(q.question):
            return False
        new, old = reading(on, q.question), reading(off, q.question)
        if new != old:
            print(two_folds(name), name, q.id, flags(q), "|", q.question, "|", old, "->", new)
        return new != old

    write_affected(sys.argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
