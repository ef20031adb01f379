"""Reading-only scan of rule compound_splits_checked (issue 16, session 27 task B3): list every
readable question (no held-out set, no test split, no blind27) one of whose words the minutes
lack is cut otherwise by rule compound_both_parts (answer.compound_words ``known_cut``, the
rule's only hook) with the rule on and off, with whether its topic check (terms, words found,
words lacking) differs, and write them as AFFECTED lines for eval/affected_ask.py. No ``ask`` runs.

    python eval/compound_splits_scan.py AFFECTED.txt [SETS]
"""

from __future__ import annotations

import sys

from reading_scan import affected_lines, write_affected  # the script's folder is on the path

from lrt_search.answer.compound_words import known_cut
from lrt_search.answer.evidence import Asked
from lrt_search.answer.topic_words import compound_terms
from lrt_search.answer.understanding import understand
from lrt_search.config import Settings
from lrt_search.evaluation import Question, engine_for
from lrt_search.index.analysis import words


def main() -> int:
    """Print each question whose reading differs and write the AFFECTED file."""
    off = engine_for(Settings(), progress=False)
    off = off.with_settings(off.settings.replace(compound_splits_checked=False))
    on = off.with_settings(off.settings.replace(compound_splits_checked=True))
    known = on.bm25.terms

    def index_terms(text: str) -> set[str]:
        return {t for t in on.analyzer.tokenize_query(text, known) if t in known}

    def check(engine, question: str):
        frame = understand(engine, question, None, None, None)
        c = Asked(engine, frame.question, frame.scope, frame.since, frame.until).topic_check
        return None if c is None else (c.terms, c.found, c.lacking)

    def cuts(engine, word: str):
        found = known_cut(engine, word, index_terms, compound_terms)
        return None if found is None else word[: found[0]] + "|" + word[found[0] :]

    def differs(name: str, q: Question) -> bool:
        if name.startswith("blind27"):
            return False
        changed = [
            f"{cuts(off, w)} -> {cuts(on, w)}"
            for w in dict.fromkeys(words(q.question))
            if w.isalpha() and not index_terms(w) and cuts(off, w) != cuts(on, w)
        ]
        if not changed:  # the rule acts on those words only
            return False
        topic = check(on, q.question) != check(off, q.question)
        flag = "A" if q.answerable else "U"
        print(name, q.id, flag, "topic" if topic else "-", changed, "|", q.question, flush=True)
        return True

    write_affected(sys.argv[1], affected_lines(differs, sys.argv[2] if len(sys.argv) > 2 else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
