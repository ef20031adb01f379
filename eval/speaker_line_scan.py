"""Answers that quote the asked speaker's other line (issue 16 session 26 task B2).

    python eval/speaker_line_scan.py BASE.json [--sets ...] [--config FILE.toml]

Every answerable question of ``--sets`` answered without the gold in BASE (a dump of
eval/answer_sets.py), asked again; when the first quote and the gold statement are lines of one
speaker in one item (the class), one line with the gold's rank among the candidates and the idf
weight of the question's content terms that the first quote and the gold hold: the question's
index terms without its date words, its speaker's words and codes, its frame words and the item
title's terms ("gold_more", "equal", "chosen_more"). The last lines count the classes. Held-out
sets are refused.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from answer_misses import _frame  # the script's folder is on the path
from answer_sets import SETS, sets_parser, studied

from lrt_search.answer.asked_form import with_asked_form
from lrt_search.answer.candidates import query_terms_of, scored_candidates
from lrt_search.answer.frame_words import frame_words
from lrt_search.answer.meeting_date_terms import date_terms, without_meeting_date
from lrt_search.answer.quote_depth import with_deeper
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.lexicon.textnorm import normalize_for_match


def _content_terms(frame) -> set[str]:
    tokenize = frame.retriever.analyzer.tokenize
    terms = set(query_terms_of(frame)) - date_terms(frame.question, tokenize)
    said = frame.parsed.speaker_words if frame.parsed is not None else ()
    for phrase in (*said, *frame.codes, *frame_words(frame.question)):
        terms -= set(tokenize(phrase))
    return terms


def _line(c) -> tuple[object, ...]:
    return (c.meeting_date, c.item, *sorted(c.speakers))


def _classify(engine, q, first) -> str | None:
    frame = _frame(engine, q.question)
    cands, _ = scored_candidates(frame)
    cands = without_meeting_date(frame, with_asked_form(frame, with_deeper(frame, cands)))
    golds = [normalize_for_match(g.quote) for g in q.gold]
    rank = next(
        (n for n, c in enumerate(cands) if any(g in normalize_for_match(c.quote) for g in golds)),
        None,
    )
    if rank is None or not first.speakers or _line(cands[rank]) != _line(first):
        return None
    tokenize, idf = engine.analyzer.tokenize, frame.retriever.bm25.idf
    titles = {h.chunk.chunk_id: h.chunk.item_title for h in (*frame.hits, *frame.deeper)}
    terms = _content_terms(frame) - set(tokenize(titles.get(first.chunk_id, "")))
    a = sum(idf.get(t, 1.0) for t in terms & set(tokenize(first.quote)))
    b = sum(idf.get(t, 1.0) for t in terms & set(tokenize(cands[rank].quote)))
    side = "gold_more" if b > a else "equal" if b == a else "chosen_more"
    return f"{side}\trank {rank + 1}\tchosen {a:.1f} gold {b:.1f}\tterms {sorted(terms)}"


def main() -> int:
    parser = sets_parser(__doc__)
    parser.add_argument("base", type=Path)
    args, names, settings = studied(parser)
    base = json.loads(args.base.read_text())
    engine = engine_for(settings, progress=False)
    counts: Counter[str] = Counter()
    for name in names:
        path, split = SETS[name]
        for q in load_questions(path, split):
            row = base.get(f"{name}:{q.id}")
            if row is None or row["abstained"] or not q.answerable or row["has_gold"]:
                continue
            why = _classify(engine, q, engine.ask(q.question).citations[0])
            counts[f"{name} {'class' if why else 'other'}"] += 1
            if why:
                counts[why.split("\t")[0]] += 1
                print(f"{name}\t{q.id}\t{why}\t{q.question}", flush=True)
    for key, v in sorted(counts.items()):
        print(f"{key}\t{v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
