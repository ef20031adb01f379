"""The neighbour evidence as a classifier (issue 16, task F2): how often an answer whose best
quote holds no topic term itself, the topic standing only in its item heading or the statement
before it (``Quote.heading_terms``, checks ``topic_quoted``/``subject_quoted``), holds the gold,
misses it, or answers an unanswerable question.

    python eval/neighbour_evidence.py [--sets dev,generated,...] [--config F] [--list]

Per answered question, the first quote is classed by where a term of the question's topic
(``Requirements.topic_terms``) stands: ``own`` (the quote), ``heading`` (only its item heading),
``before`` (only the statement before it), ``elsewhere`` (none of the three: a topic unit, an
implied topic, a sub-item of a lead-in ...) or ``no_topic`` (the question has no topic terms);
and by outcome: ``gold``, ``miss`` (answerable, no gold quoted), ``unanswerable`` (answered).
Per class the labels are counted too. ``--list`` prints each ``heading``/``before`` answer.
The held-out sets ("*holdout") and the test split are never run.
"""

from __future__ import annotations

import sys
from collections import Counter

from answer_sets import (  # the script's folder is on the path
    SETS,
    print_totals,
    sets_parser,
    studied,
)

from lrt_search.answer import answering
from lrt_search.answer.frame import Frame
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.evaluation.runner import answer_record
from lrt_search.results import Citation

_FRAMES: list[Frame] = []


def _capture() -> None:
    """Keep the frame of each question ``ask`` reads (wraps ``answering.understand``)."""
    understand = answering.understand

    def wrapped(*args: object, **kwargs: object) -> Frame:
        frame = understand(*args, **kwargs)
        _FRAMES.append(frame)
        return frame

    answering.understand = wrapped


def where_topic(frame: Frame, c: Citation) -> str:
    """Where a topic term of ``frame``'s question stands for the quote ``c`` (see module)."""
    terms = frame.needs.topic_terms
    if not terms:
        return "no_topic"
    retriever = frame.retriever
    tokenize = retriever.analyzer.tokenize
    if terms & set(tokenize(c.quote)):
        return "own"
    try:
        chunk = retriever.chunks[retriever.chunks.row_of(c.chunk_id)]
    except (KeyError, IndexError, ValueError):
        return "elsewhere"
    if terms & set(tokenize(chunk.text.split("\n- ", 1)[0])):
        return "heading"
    texts = [s.text for s in chunk.statements]
    i = next((i for i, s in enumerate(chunk.statements) if s.span == c.span), None)
    if i and terms & set(tokenize(texts[i - 1])):
        return "before"
    return "elsewhere"


def main() -> int:
    parser = sets_parser(__doc__)
    parser.add_argument("--list", action="store_true")
    args, names, settings = studied(parser)
    engine = engine_for(settings, progress=False)
    _capture()
    total: Counter[str] = Counter()
    for name in names:
        path, split = SETS[name]
        counts: Counter[str] = Counter()
        for q in load_questions(path, split):
            _FRAMES.clear()
            answer = engine.ask(q.question)
            if answer.abstained or not answer.citations or not _FRAMES:
                continue
            where = where_topic(_FRAMES[-1], answer.citations[0])
            gold = answer_record(q, answer).has_gold
            what = ("gold" if gold else "miss") if q.answerable else "unanswerable"
            counts[f"{where}:{what}"] += 1
            total[f"{where}:{what}"] += 1
            total[f"{where}:{what}:{answer.confidence_label}"] += 1
            if args.list and where in ("heading", "before"):
                print(f"{name}\t{q.id}\t{where}:{what}\t{answer.confidence_label}\t{q.question}")
        print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())), flush=True)
    print_totals(total)
    return 0


if __name__ == "__main__":
    sys.exit(main())
