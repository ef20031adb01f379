"""Reading-only scan of rule ``frame_words_unread`` (issue 16 session 29 task F2): every
readable question whose claim-check or question frame the rule blanks and whose reading then
changes (topic terms and missing words of answer.topics.topic_terms, the scope's expansions, the
BM25 query terms, the dictionary bridges of search/bridges.py); no ``ask`` runs. Held-out sets and the test split are never read; blind29
(this session's first-run set) is skipped.

    PYTHONPATH=. python eval/frame_words_scan.py AFFECTED.txt
"""

from __future__ import annotations

import sys

from reading_scan import affected_lines, flags, two_folds, write_affected

from lrt_search.answer.topics import topic_terms
from lrt_search.config import Settings
from lrt_search.evaluation import Question, engine_for
from lrt_search.index.analysis import is_english
from lrt_search.search.bridges import bridged_words
from lrt_search.search.frame_words import frame_free, framed


def main() -> int:
    on = engine_for(Settings(), progress=False).evidence
    off = engine_for(Settings(frame_words_unread=False), progress=False).evidence

    def reading(retriever: object, text: str) -> tuple:
        r = retriever
        check = topic_terms(r, text, is_english(text))  # type: ignore[arg-type]
        known = r.bm25.terms  # type: ignore[attr-defined]
        query = framed(r.settings, text)  # type: ignore[attr-defined]
        bm25 = {t for t in r.analyzer.tokenize_query(query, known) if t in known}  # type: ignore[attr-defined]
        expanded = set(r.scope(text).glossary_terms)  # type: ignore[attr-defined]
        bridged = sorted(bridged_words(r, text))  # type: ignore[arg-type]
        return sorted(check.terms), sorted(check.missing), sorted(expanded), sorted(bm25), bridged

    def differs(name: str, q: Question) -> bool:
        if name.startswith("blind29") or frame_free(q.question) == q.question:
            return False
        new, old = reading(on, q.question), reading(off, q.question)
        if new != old:
            print(two_folds(name), name, q.id, flags(q), "|", q.question, "|", old, "->", new)
        return new != old

    write_affected(sys.argv[1], affected_lines(differs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
