"""Why an answerable question's quotes miss its gold quote: one line per miss, with its cause.

    python eval/quote_misses.py [--questions eval/questions.jsonl] [--split dev] [--config F]
                                [--k 5]

Causes (the first that applies):

- ``abstained``: ``ask`` abstained (its reason code is shown);
- ``gold_not_found``: no statement of the index holds the gold quote (a label to fix);
- ``retrieval``: the gold statement's passage is not among the passages ``ask`` answers from
  (the top 5 of ``search``);
- ``neighbour``: a quoted statement stands right before or after the gold statement in the same
  passage (the reply after a question, a list's lead-in and its items);
- ``same_passage``: the gold passage was quoted, but another statement of it;
- ``other_passage``: the gold passage was found but the quotes come from other passages; the
  line says ``(same item)`` when a quote is of a gold statement's agenda item (another passage of
  it), ``(same meeting, other item)`` when a quote is of its meeting but not of its item, and
  ``(other meeting)`` otherwise.

``--k`` sets how many passages of ``search`` count as retrieved (default 5, the passages ``ask``
answers from); ``--split all`` reads every row of a hand-written set (``--questions
eval/blind4_design.jsonl``).

The last line counts the causes. Never run it on the test split while tuning.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from pathlib import Path

from lrt_search.config import Settings
from lrt_search.evaluation.questions import Question, default_questions_path, load_questions
from lrt_search.lexicon.textnorm import normalize_for_match
from lrt_search.models import Answer
from lrt_search.service import Engine


def gold_places(engine: Engine, q: Question) -> set[tuple[str, int]]:
    """``(chunk id, statement index)`` of every statement holding one of ``q``'s gold quotes."""
    golds = [normalize_for_match(g.quote) for g in q.gold]
    out = set()
    for chunk in engine.chunks:
        if not any(g in normalize_for_match(chunk.text) for g in golds):
            continue
        for i, s in enumerate(chunk.statements):
            if any(g in normalize_for_match(s.text) for g in golds):
                out.add((chunk.chunk_id, i))
        if chunk.kind == "header":
            out.add((chunk.chunk_id, -1))
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


def _item_of(engine: Engine, chunk_id: str) -> tuple[dt.date, str]:
    """The meeting date and agenda item label of a chunk."""
    chunk = engine.chunks[engine.chunks.row_of(chunk_id)]
    return chunk.meeting_date, chunk.item


def cause(engine: Engine, q: Question, answer: Answer, k: int = 5) -> str:
    """The cause class of a miss (see the module docstring); ``k`` passages count as found."""
    if answer.abstained:
        return f"abstained ({answer.reason_code})"
    gold = gold_places(engine, q)
    if not gold:
        return "gold_not_found"
    _, hits = engine.search_question(q.question, k=k)
    found = {h.chunk_id for h in hits}
    if not {c for c, _ in gold} & found:
        return "retrieval"
    quoted = quoted_places(engine, answer)
    if any(c == gc and abs(i - gi) == 1 for c, i in quoted for gc, gi in gold):
        return "neighbour"
    if {c for c, _ in quoted} & {c for c, _ in gold}:
        return "same_passage"
    items = {_item_of(engine, c) for c, _ in gold}
    if {(c.meeting_date, c.item) for c in answer.citations} & items:
        return "other_passage (same item)"
    same = {c.meeting_date for c in answer.citations} & {d for d, _ in items}
    return f"other_passage ({'same meeting, other item' if same else 'other meeting'})"


def main(argv: list[str] | None = None) -> int:
    """Print the misses of one split and count their causes."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--questions", type=Path, default=default_questions_path())
    parser.add_argument("--split", default="dev")
    parser.add_argument("--config", type=Path, help="a TOML file of settings (eval/configs/)")
    parser.add_argument("--k", type=int, default=5, help="passages of search counted as found")
    args = parser.parse_args(argv)
    settings = Settings.from_toml(args.config) if args.config else None
    engine = Engine.load(settings=settings, progress=False)
    counts: Counter[str] = Counter()
    answerable = 0
    for q in load_questions(args.questions, args.split):
        if not q.answerable:
            continue
        answerable += 1
        answer = engine.ask(q.question)
        quotes = [normalize_for_match(c.quote) for c in answer.citations]
        if any(normalize_for_match(g.quote) in t for g in q.gold for t in quotes):
            continue
        why = cause(engine, q, answer, args.k)
        counts[why.split(" ")[0]] += 1
        print(f"{q.id}\t{why}\t{q.question}")
        print(f"\tgold: {q.gold[0].date} {q.gold[0].quote[:110]}")
        for c in answer.citations[:2]:
            print(f"\tgot:  {c.meeting_date} {c.quote[:110]}")
    misses = sum(counts.values())
    summary = ", ".join(f"{k} {v}" for k, v in counts.most_common())
    print(f"{misses} misses of {answerable} answerable: {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
