"""Why a paraphrase question's passage is not in the top 5: one line per miss, with its class.

    python eval/paraphrase_misses.py [--questions eval/questions.jsonl] [--split dev] [--config F]

For every paraphrase question whose relevant passage ``search`` does not rank in the top 5: the
passage's rank in BM25 alone and in dense alone (top 50; ``-`` = not there), the gold
statement's rank among all statements by cosine to the question, and the question's terms
that the gold statement lacks (analyzer terms: stems and compound parts). Classes:

- ``dense_near``: no question term (with glossary and bridge words) in the passage; dense alone
  ranks it in the top 10, but the fused ranking puts weak lexical matches above it;
- ``dense_far``: no question term in the passage, and dense alone ranks it below 10;
- ``other_statements``: the passage matches only through statements other than the gold one;
- ``partial``: the gold statement holds some question terms, yet the passage ranks below 5.

A second detail line says where the question's missing terms are instead: the gold statement's
length in words (a short statement embeds poorly on its own), the terms its agenda item's title
holds (the title carries the topic) and those its neighbouring statements hold (the topic is
named the statement before or after).

The last line counts the classes. Never run it on the test split while tuning.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from lrt_search.config import Settings
from lrt_search.evaluation.questions import Question, default_questions_path, load_questions
from lrt_search.lexicon.textnorm import normalize_for_match
from lrt_search.service import Engine


def rank_in(engine: Engine, q: Question, relevant: set[str], mode: str) -> int | None:
    """Rank of the first relevant passage in ``mode`` alone (top 50), or None."""
    hits = engine.search(q.question, k=50, mode=mode)
    return next((h.rank for h in hits if h.chunk_id in relevant), None)


def statement_rank(engine: Engine, q: Question, golds: list[str]) -> int | None:
    """Rank of the gold statement among all statements by cosine to the question."""
    vectors = np.asarray(engine.statement_vectors)
    texts = [normalize_for_match(s.text) for c in engine.chunks for s in c.statements]
    if len(vectors) != len(texts):
        return None
    sims = vectors @ engine.query_vector(q.question)
    order = np.argsort(-sims, kind="stable")
    places = [k for k, t in enumerate(texts) if any(g in t for g in golds)]
    ranks = [int(np.flatnonzero(order == k)[0]) + 1 for k in places]
    return min(ranks) if ranks else None


def classify(engine: Engine, q: Question) -> tuple[str, str] | None:
    """(class, details) of a miss, or None when the passage is in the top 5."""
    golds = [normalize_for_match(g.quote) for g in q.gold]
    relevant = {
        c.chunk_id for c in engine.chunks if any(g in normalize_for_match(c.text) for g in golds)
    }
    _, hits = engine.search_question(q.question, k=5)
    if not relevant or relevant & {h.chunk_id for h in hits}:
        return None
    bm25, dense = rank_in(engine, q, relevant, "bm25"), rank_in(engine, q, relevant, "dense")
    analyzer = engine.analyzer
    terms = list(dict.fromkeys(analyzer.tokenize_query(q.question, engine.bm25.terms)))
    statement = next(
        s.text
        for c in engine.chunks
        if c.chunk_id in relevant
        for s in c.statements
        if any(g in normalize_for_match(s.text) for g in golds)
    )
    held = set(analyzer.tokenize(statement))
    missing = [t for t in terms if t not in held]
    if bm25 is None:
        kind = "dense_near" if dense is not None and dense <= 10 else "dense_far"
    elif len(missing) == len(terms):
        kind = "other_statements"
    else:
        kind = "partial"
    srank = statement_rank(engine, q, golds)
    around = context_terms(engine, relevant, statement, missing)
    show = lambda r: "-" if r is None else str(r)  # noqa: E731
    details = (
        f"bm25 {show(bm25)}, dense {show(dense)}, statement {show(srank)}; "
        f"terms the gold statement lacks: {' '.join(missing) or '(none)'}\n\t{around}"
    )
    return kind, details


def context_terms(engine: Engine, relevant: set[str], statement: str, missing: list[str]) -> str:
    """The gold ``statement``'s length in words, and which of the ``missing`` question terms
    its item title and its neighbouring statements (one before, one after) hold."""
    analyzer = engine.analyzer
    title: set[str] = set()
    near: set[str] = set()
    for c in engine.chunks:
        texts = [s.text for s in c.statements]
        if c.chunk_id not in relevant or statement not in texts:
            continue
        title |= set(analyzer.tokenize(c.item_title))
        at = texts.index(statement)
        for t in texts[max(at - 1, 0) : at] + texts[at + 1 : at + 2]:
            near |= set(analyzer.tokenize(t))
    in_title = " ".join(t for t in missing if t in title) or "-"
    in_near = " ".join(t for t in missing if t in near) or "-"
    return f"{len(statement.split())} words; in the item title: {in_title}; nearby: {in_near}"


def main(argv: list[str] | None = None) -> int:
    """Print the paraphrase misses of one split and count their classes."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--questions", type=Path, default=default_questions_path())
    parser.add_argument("--split", default="dev")
    parser.add_argument("--config", type=Path, help="a TOML file of settings (eval/configs/)")
    args = parser.parse_args(argv)
    settings = Settings.from_toml(args.config) if args.config else None
    engine = Engine.load(settings=settings, progress=False)
    counts: Counter[str] = Counter()
    asked = 0
    for q in load_questions(args.questions, args.split):
        if not q.answerable or q.type != "paraphrase":
            continue
        asked += 1
        found = classify(engine, q)
        if found is None:
            continue
        counts[found[0]] += 1
        print(f"{q.id}\t{found[0]}\t{q.question}")
        print(f"\tgold: {q.gold[0].date} {q.gold[0].quote[:110]}")
        print(f"\t{found[1]}")
    summary = ", ".join(f"{k} {v}" for k, v in counts.most_common())
    print(f"{sum(counts.values())} misses of {asked} paraphrase questions: {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
