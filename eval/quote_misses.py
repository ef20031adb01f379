"""Why an answered question's quotes miss its gold quote: one line per miss, with its cause.

    python eval/quote_misses.py [--sets dev,blind2_probe,...] [--config F]
    python eval/quote_misses.py --questions eval/questions.jsonl --split dev

Causes (the first that applies; issue 16, task E):

- ``abstained``: ``ask`` abstained (its reason code is shown; a false abstention, not a miss
  of the quote);
- ``gold_not_found``: no statement of the index holds the gold quote (a label to fix);
- ``partial``: the gold quote spans two statements (a list's lead-in and its items, two
  sentences) and a quote holds part of it;
- ``not_top10``: the gold statement's passage is not among the 10 first passages of
  ``search`` (its rank 50 deep is shown);
- ``wrong_item``: the gold passage is in the top 10, the quotes come from other passages, one
  of them from the gold's meeting (right meeting, another agenda item);
- ``other_passage``: the gold passage is in the top 10 (its rank shown) but the quotes come
  from other passages, of other meetings;
- ``neighbour``: a quoted statement stands right before or after the gold statement in the same
  passage (the reply after a question, a list's lead-in and its items);
- ``same_passage``: the gold passage was quoted, but another statement of it.

After the cause: whether the gold statement was a candidate ``ask`` outscored, failed a quote
check (its name) or was not read (``gold_not_retrieved``: outside the passages ``ask`` reads),
from ``eval/answer_misses.py``. Whether a label is debatable is for the reader to say (see
``eval/quote_misses.md``), never a change of gold. The test split and the held-out
sets ("*holdout") are never run.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from answer_misses import _answerable_class  # the script's folder is on the path
from answer_sets import SETS, studied_sets

from lrt_search.config import Settings
from lrt_search.evaluation import engine_for
from lrt_search.evaluation.questions import Question, default_questions_path, load_questions
from lrt_search.lexicon.textnorm import normalize_for_match
from lrt_search.results import Answer
from lrt_search.service import Engine

DEFAULT_SETS = (
    "dev,blind2_probe,paraphrase_probe,quote_probe,blind_probe,english_probe,blind3_design"
)


def gold_places(engine: Engine, q: Question) -> set[tuple[str, int]]:
    """``(chunk id, statement index)`` of every statement holding one of ``q``'s gold quotes;
    ``(chunk id, -2)`` for a passage holding one only across statements."""
    golds = [normalize_for_match(g.quote) for g in q.gold]
    out = set()
    for chunk in engine.chunks:
        if not any(g in normalize_for_match(chunk.text) for g in golds):
            continue
        found = False
        for i, s in enumerate(chunk.statements):
            if any(g in normalize_for_match(s.text) for g in golds):
                out.add((chunk.chunk_id, i))
                found = True
        if chunk.kind == "header":
            out.add((chunk.chunk_id, -1))
        elif not found:
            out.add((chunk.chunk_id, -2))
    return out


def quoted_places(engine: Engine, answer: Answer) -> set[tuple[str, int]]:
    """``(chunk id, statement index)`` of every quote of ``answer``."""
    out = set()
    for c in answer.citations:
        chunk = engine.chunks[engine.chunks.row_of(c.chunk_id)]
        for i, s in enumerate(chunk.statements):
            if s.span == c.span and s.text == c.quote:
                out.add((c.chunk_id, i))
                break
        else:
            out.add((c.chunk_id, -1))
    return out


def _partial(q: Question, answer: Answer) -> bool:
    golds = [normalize_for_match(g.quote) for g in q.gold]
    quotes = [normalize_for_match(c.quote) for c in answer.citations]
    return any(len(t) > 20 and t in g for g in golds for t in quotes)


def _rank(engine: Engine, q: Question, chunks: set[str], depth: int = 50) -> int | None:
    _, hits = engine.search_question(q.question, k=depth)
    return next((h.rank for h in hits if h.chunk_id in chunks), None)


def cause(engine: Engine, q: Question, answer: Answer) -> str:
    """The cause class of a miss (see the module docstring)."""
    if answer.abstained:
        return f"abstained ({answer.reason_code})"
    gold = gold_places(engine, q)
    if not gold:
        return "gold_not_found"
    if any(i == -2 for _, i in gold) and _partial(q, answer):
        return "partial"
    rank = _rank(engine, q, {c for c, _ in gold})
    if rank is None or rank > 10:
        return f"not_top10 (rank {rank or '>50'})"
    quoted = quoted_places(engine, answer)
    if any(c == gc and abs(i - gi) == 1 for c, i in quoted for gc, gi in gold if gi >= 0):
        return "neighbour"
    if {c for c, _ in quoted} & {c for c, _ in gold}:
        return "same_passage"
    dates = {str(c.meeting_date) for c in answer.citations}
    if dates & {str(g.date) for g in q.gold}:
        return f"wrong_item (rank {rank})"
    return f"other_passage (rank {rank})"


def _run(engine: Engine, name: str, questions: list[Question]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for q in questions:
        if not q.answerable:
            continue
        answer = engine.ask(q.question)
        quotes = [normalize_for_match(c.quote) for c in answer.citations]
        if any(normalize_for_match(g.quote) in t for g in q.gold for t in quotes):
            counts["quoted"] += 1
            continue
        why = cause(engine, q, answer)
        if not answer.abstained and why != "gold_not_found":
            why += f" [{_answerable_class(engine, q, quotes)}]"
        counts[why.split(" ")[0]] += 1
        print(f"{name}\t{q.id}\t{why}\t{q.question}")
        print(f"\tgold: {q.gold[0].date} {q.gold[0].quote[:110]}")
        for c in answer.citations[:2]:
            print(f"\tgot:  {c.meeting_date} {c.item} {c.quote[:110]}")
    return counts


def main(argv: list[str] | None = None) -> int:
    """Print the misses of each set and count their causes."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default=None, help=f"answer sets (default {DEFAULT_SETS})")
    parser.add_argument("--questions", type=Path, default=None)
    parser.add_argument("--split", default="dev")
    parser.add_argument("--config", type=Path, help="a TOML file of settings (eval/configs/)")
    args = parser.parse_args(argv)
    if args.split == "test":
        parser.error("the test split is never run")
    names = studied_sets(parser, args.sets or DEFAULT_SETS)
    settings = Settings.from_toml(args.config) if args.config else Settings()
    engine = engine_for(settings, progress=False)
    runs = (
        [("questions", load_questions(args.questions or default_questions_path(), args.split))]
        if args.questions
        else [(n, load_questions(*SETS[n])) for n in names]
    )
    total: Counter[str] = Counter()
    for name, questions in runs:
        counts = _run(engine, name, questions)
        total.update(counts)
        summary = ", ".join(f"{k} {v}" for k, v in counts.most_common() if k != "quoted")
        print(f"{name}: gold quoted {counts['quoted']}; misses: {summary}")
    summary = ", ".join(f"{k} {v}" for k, v in total.most_common() if k != "quoted")
    print(f"all: gold quoted {total['quoted']}; misses: {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
