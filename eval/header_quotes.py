"""How often ``ask`` quotes a meeting header (an attendee list, an "Afwezig" line) and for which
question intents, and how often that quote holds the gold (issue 16, task D).

    python eval/header_quotes.py [--sets dev,generated,...] [--config F] [--list]

Per set and over all: the answers quoting a header passage, by whether the question asks who
attended, was represented or chaired (``Frame.header_answers``: intents ``attendance_asked`` or
``chair``) and by its intents; answerable ones with and without the gold quoted, unanswerable
ones answered. ``--list`` prints each such question. The held-out sets ("*holdout") and the
test split are never run.
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

from lrt_search.evaluation import engine_for, load_questions
from lrt_search.evaluation.runner import answer_record
from lrt_search.results import Citation


def _is_header(c: Citation) -> bool:
    return c.kind == "attendees" or c.chunk_id.endswith("#header")


def main() -> int:
    parser = sets_parser(__doc__)
    parser.add_argument("--list", action="store_true")
    args, names, settings = studied(parser)
    engine = engine_for(settings, progress=False)
    total: Counter[str] = Counter()
    for name in names:
        path, split = SETS[name]
        counts: Counter[str] = Counter()
        for q in load_questions(path, split):
            answer = engine.ask(q.question)
            if answer.abstained or not any(_is_header(c) for c in answer.citations):
                continue
            intents = set(answer.filters.get("intents") or [])
            asked = "asked" if {"attendance_asked", "chair"} & intents else "not_asked"
            gold = answer_record(q, answer).has_gold
            what = ("gold" if gold else "miss") if q.answerable else "unanswerable"
            only = all(_is_header(c) for c in answer.citations)
            key = f"{asked}:{what}"
            counts[key] += 1
            total[key] += 1
            total[f"{asked}:intents={'+'.join(sorted(intents)) or '-'}:{what}"] += 1
            if args.list:
                flag = "only" if only else "mixed"
                print(f"{name}\t{q.id}\t{key}\t{flag}\t{sorted(intents)}\t{q.question}")
        print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    print_totals(total)
    return 0


if __name__ == "__main__":
    sys.exit(main())
