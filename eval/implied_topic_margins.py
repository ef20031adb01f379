"""Could e5's sentence similarity stand in for an implied topic's words? For every question of the
non-test sets whose quote check ``implied_topic_quoted`` applies (a topic implied by its content
words), the statement of ``ask``'s passages closest to the question by cosine, and how far it
stands above the next one.

    python eval/implied_topic_margins.py [--sets dev,generated,...] [--margins 0.01,0.015,0.02]

Printed per margin: among the questions whose closest statement holds no word of the topic (the
ones a rule "the closest statement passes the check when it stands out by the margin" would
change), how many are answerable with the gold as that statement, answerable with another, and
unanswerable (each of those would lose its protection). The test split is never run.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from answer_misses import _frame  # the script's folder is on the path
from answer_sets import SETS

from lrt_search import Settings
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.evaluation.questions import Question
from lrt_search.lexicon.textnorm import normalize_for_match
from lrt_search.service import Engine

DEFAULT_SETS = (
    "dev,generated,probes,holdout,quote_probe,paraphrase_probe,blind_probe,english_probe,"
    "blind2_probe"
)


def closest(engine: Engine, q: Question) -> tuple[float, str] | None:
    """The closest statement's margin over the next and its class (``gold``, ``other``,
    ``unanswerable``), when the check applies and that statement lacks the topic's words."""
    frame = _frame(engine, q.question)
    terms = frame.needs.topic_terms
    if not (terms and frame.needs.topic_implied):
        return None
    query = frame.retriever.query_vector(q.question)
    golds = [normalize_for_match(g.quote) for g in q.gold]
    rows = []
    for hit in frame.hits:
        if hit.chunk.kind == "header":
            continue
        cosines = frame.retriever.statement_vectors_of(hit.chunk) @ query
        for cos, s in zip(cosines, hit.chunk.statements, strict=True):
            rows.append((float(cos), s.text))
    rows.sort(key=lambda r: -r[0])
    if len(rows) < 2 or terms & set(frame.retriever.analyzer.tokenize(rows[0][1])):
        return None
    gold = any(g in normalize_for_match(rows[0][1]) for g in golds)
    kind = "unanswerable" if not q.answerable else ("gold" if gold else "other")
    return rows[0][0] - rows[1][0], kind


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default=DEFAULT_SETS)
    parser.add_argument("--margins", default="0.01,0.015,0.02,0.025")
    args = parser.parse_args()
    engine = engine_for(Settings(), progress=False)
    found: list[tuple[float, str, str]] = []
    for name in args.sets.split(","):
        path, split = SETS[name]
        for q in load_questions(path, split):
            row = closest(engine, q)
            if row is not None:
                found.append((row[0], row[1], f"{name}:{q.id}"))
    for margin in (float(m) for m in args.margins.split(",")):
        over = [f for f in found if f[0] >= margin]
        counts = Counter(kind for _, kind, _ in over)
        kinds = ("gold", "other", "unanswerable")
        print(f"margin {margin:.3f}: " + ", ".join(f"{k} {counts[k]}" for k in kinds))
        print("   unanswerable: " + " ".join(i for _, k, i in over if k == "unanswerable"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
