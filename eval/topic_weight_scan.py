"""Reading-only scan of rule topic_weight_words (issue 16, session 27 task D): list every
readable question whose topic check the rule changes (an adverb, undeclined adjective, light
verb or idiom noun the minutes lack no longer counts as missing), with the topic and the words
the minutes lack off -> on, and write them as AFFECTED lines for eval/affected_ask.py. No
``ask`` runs.

    python eval/topic_weight_scan.py AFFECTED.txt [SETS]
"""

from __future__ import annotations

import re
import sys

from reading_scan import affected_lines, write_affected  # the script's folder is on the path

from lrt_search.answer.evidence import Asked
from lrt_search.answer.topic_weight import idiom_nouns, light_word
from lrt_search.answer.understanding import understand
from lrt_search.config import Settings
from lrt_search.evaluation import Question, engine_for
from lrt_search.index.analysis import is_english


def main() -> int:
    """Print each question the rule reads otherwise and write the AFFECTED file."""
    on = engine_for(Settings(topic_weight_words=True), progress=False)
    off = engine_for(Settings(topic_weight_words=False), progress=False)

    def reading(engine: object, question: str) -> tuple[str, tuple[str, ...], float]:
        frame = understand(engine, question, None, None, None)  # type: ignore[arg-type]
        asked = Asked(engine, frame.question, frame.scope, frame.since, frame.until)  # type: ignore[arg-type]
        check = asked.topic_check
        return asked.topic, check.missing if check else (), check.missing_share if check else 0.0

    retriever = on.evidence
    terms = retriever.bm25.terms

    def candidate(question: str) -> bool:
        # a class word (or idiom noun) the index lacks: the only questions the rule can change
        english = is_english(question)
        nouns = idiom_nouns(question) if not english else frozenset()
        for word in re.findall(r"[^\W\d_]+", question):
            if not (word.lower() in nouns or light_word(word, english)):
                continue
            found = retriever.analyzer.tokenize_query(word, terms)
            if not any(t in terms for t in found):
                return True
        return False

    def differs(name: str, q: Question) -> bool:
        if not candidate(q.question):
            return False
        before, after = reading(off, q.question), reading(on, q.question)
        if before == after:
            return False
        kind = "A" if q.answerable else "U"
        print(name, q.id, kind, before, "->", after, "|", q.question, flush=True)
        return True

    write_affected(sys.argv[1], affected_lines(differs, sys.argv[2] if len(sys.argv) > 2 else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
