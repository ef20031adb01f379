"""Reading-only scan of rule ``minutes_misspellings_read`` (issue 16 session 30 task A2): every
readable question that the analyzer reads otherwise with the rule on and off - its query terms
(``DutchAnalyzer.tokenize_query``, of the question and of its glossary's Dutch terms), its own
terms (``tokenize``: a question writing a misspelling), the topic check's terms and missing
words (``answer.topics.topic_terms``) - or whose topic terms hold the term of a right form (the
statements holding its misspelling then read otherwise); no ``ask`` runs. Held-out sets and
the test split are never read; blind30 (this session's first-run set) is skipped.

    PYTHONPATH=. python eval/minutes_misspellings_scan.py AFFECTED.txt

Prints each question found with its fold and what changed.
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
    off = engine_for(Settings(minutes_misspellings_read=False), progress=False).evidence
    analyzer = on.analyzer
    rights = {analyzer.tokenize(r)[0] for r in analyzer.corrections.values()}

    def reading(retriever, text: str) -> tuple:  # type: ignore[no-untyped-def]
        a = retriever.analyzer
        dutch = " ".join(retriever.glossary.expand(text))
        check = topic_terms(retriever, text, is_english(text))
        return (
            tuple(a.tokenize_query(text)),
            tuple(a.tokenize_query(dutch)),
            tuple(a.tokenize(text)),
            tuple(sorted(check.terms)),
            tuple(check.missing),
        )

    def differs(name: str, q: Question) -> bool:
        if name.startswith("blind30"):
            return False
        new, old = reading(on, q.question), reading(off, q.question)
        holds = sorted(rights & set(new[3]))
        if new != old or holds:
            changed = [i for i in range(len(new)) if new[i] != old[i]]
            print(two_folds(name), name, q.id, flags(q), "|", q.question, "|", changed, holds)
        return new != old or bool(holds)

    write_affected(sys.argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
