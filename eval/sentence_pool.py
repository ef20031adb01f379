"""Issue 21 / 16: where an answerable question's gold statement stands for ``ask``, and whether
sentence-level dense evidence would bring it into the passages ``ask`` reads.

    python eval/sentence_pool.py [--sets dev,blind3_design,...] [--top 3,5,10]

Per answerable question: is a statement holding the gold quote in ``ask``'s pool (the passages
it decides on plus the deeper ones it may quote from, rule ``quote_depth``)? For the questions
whose gold is outside the pool: the rank of the gold's passage in the dense ranking alone,
searched in the question's scope (its period, an explicit speaker), with today's statement
rows and with each sentence of a statement of two or more sentences as a row of its own
(``sentence-rows`` of eval/paraphrase_rows.py). A passage in the dense top N that is not in the
pool is what a rule "the dense top N join ``ask``'s candidates" would add: the script counts
those too (the cost of the rule: more candidates for every question). Figures per set only; the
test split is never run; held-out sets are refused.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from answer_misses import _frame  # the script's folder is on the path
from answer_sets import SETS
from paraphrase_rows import extra_statement_rows

from lrt_search import Settings
from lrt_search.answer.frame import Frame
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.evaluation.questions import Question
from lrt_search.lexicon.textnorm import normalize_for_match
from lrt_search.results import Hit
from lrt_search.service import Engine

DESIGN = ",".join(f"blind{n}_design" for n in range(3, 11))


def gold_in(hits: list[Hit], q: Question) -> bool:
    """Whether a statement of one of ``hits`` (of a gold's meeting; a header: its text) holds a
    gold quote."""
    for hit in hits:
        day = hit.chunk.meeting_date.isoformat()
        texts = [s.text for s in hit.chunk.statements] or [hit.chunk.text]  # a header: its text
        for text in map(normalize_for_match, texts):
            if any(g.date == day and normalize_for_match(g.quote) in text for g in q.gold):
                return True
    return False


def dense_rank(engine: Engine, q: Question, frame: Frame, depth: int = 50) -> int | None:
    """The rank of the gold's passage in the dense ranking alone, in the question's scope."""
    hits = engine.search(
        q.question,
        k=depth,
        mode="dense",
        org=frame.orgs if frame.explicit_org else None,
        since=frame.since,
        until=frame.until,
    )
    return next((h.rank for h in hits if gold_in([h], q)), None)


def run_set(engine: Engine, name: str, tops: list[int]) -> None:
    """Print the pool figures of set ``name``."""
    path, split = SETS[name]
    counts: Counter[str] = Counter()
    questions = [q for q in load_questions(path, split) if q.answerable and q.gold]
    outside: list[tuple[Question, Frame]] = []
    for q in questions:
        frame = _frame(engine, q.question)
        pool = frame.hits + frame.deeper
        if gold_in(pool, q):
            counts["in_pool"] += 1
            continue
        outside.append((q, frame))
        rank = dense_rank(engine, q, frame)
        for n in tops:
            counts[f"plain_top{n}"] += rank is not None and rank <= n
    with extra_statement_rows(engine, "sentences"):
        for q, frame in outside:
            rank = dense_rank(engine, q, frame)
            for n in tops:
                counts[f"sent_top{n}"] += rank is not None and rank <= n
            print(f"\t{name}\t{q.id}\tsentence dense rank {rank}\t{q.question}")
    n_out = len(outside)
    line = f"{name}: answerable {len(questions)}, gold in pool {counts['in_pool']}, outside {n_out}"
    for n in tops:
        line += f"; dense top{n} plain {counts[f'plain_top{n}']} sentence {counts[f'sent_top{n}']}"
    print(line, flush=True)


def main() -> int:
    """Print, per set, where the gold statements stand."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=f"dev,{DESIGN},generated")
    parser.add_argument("--top", default="3,5,10")
    args = parser.parse_args()
    names = args.sets.split(",")
    if any(n.endswith("holdout") or n == "test" for n in names):
        parser.error("held-out sets and test are figures of answer_sets.py only")
    engine = engine_for(Settings(), progress=False)
    tops = [int(t) for t in args.top.split(",")]
    for name in names:
        run_set(engine, name, tops)
    return 0


if __name__ == "__main__":
    sys.exit(main())
