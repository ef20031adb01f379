"""Answers that quote the asked speaker's other line (rule ``speaker_line_content``, s26 task B2).

    python eval/speaker_line_scan.py BASE.json [--sets ...] [--changed AFFECTED.txt]

Listing (default): every answerable question of ``--sets`` answered without the gold in BASE
(a dump of eval/answer_sets.py), asked again with the rule off; when the first quote and the
gold statement are lines of one speaker in one item (the class), one line with the gold's rank
among the candidates and the idf weight of the question's content terms
(``speaker_line_content.asked_terms``, the item title's terms removed) that the first quote and
the gold hold. ``--changed``: no ``ask``; every question answered in BASE whose first
``max_quotes`` candidates change order with the rule on, written as AFFECTED lines for
eval/affected_ask.py. Held-out sets are refused.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections import Counter
from pathlib import Path

from answer_misses import _frame  # the script's folder is on the path
from answer_sets import SETS, sets_parser, studied

from lrt_search.answer.asked_form import with_asked_form
from lrt_search.answer.candidates import scored_candidates
from lrt_search.answer.meeting_date_terms import without_meeting_date
from lrt_search.answer.quote_depth import with_deeper
from lrt_search.answer.speaker_line_content import asked_terms, by_line_content, held
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.lexicon.textnorm import normalize_for_match


def _ordered(engine, question):
    frame = _frame(engine, question)
    candidates, _ = scored_candidates(frame)
    candidates = with_asked_form(frame, with_deeper(frame, candidates))
    return frame, without_meeting_date(frame, candidates)


def _line(c) -> tuple[object, ...]:
    return (c.meeting_date, c.item, *sorted(c.speakers))


def _classify(engine, q, first) -> str | None:
    frame, cands = _ordered(engine, q.question)
    golds = [normalize_for_match(g.quote) for g in q.gold]
    rank = next(
        (n for n, c in enumerate(cands) if any(g in normalize_for_match(c.quote) for g in golds)),
        None,
    )
    if rank is None or not first.speakers or _line(cands[rank]) != _line(first):
        return None
    tokenize, idf = engine.analyzer.tokenize, frame.retriever.bm25.idf
    titles = {h.chunk.chunk_id: h.chunk.item_title for h in (*frame.hits, *frame.deeper)}
    terms = asked_terms(frame) - set(tokenize(titles.get(first.chunk_id, "")))
    a = held(first.quote, terms, tokenize, idf)
    b = held(cands[rank].quote, terms, tokenize, idf)
    side = "gold_more" if b > a else "equal" if b == a else "chosen_more"
    return f"{side}\trank {rank + 1}\tchosen {a:.1f} gold {b:.1f}\tterms {sorted(terms)}"


def main() -> int:
    parser = sets_parser(__doc__)
    parser.add_argument("base", type=Path)
    parser.add_argument("--changed", type=Path, default=None)
    args, names, settings = studied(parser)
    base = json.loads(args.base.read_text())
    off = dataclasses.replace(settings, speaker_line_content=False)
    engine = engine_for(off if args.changed is None else settings, progress=False)
    counts: Counter[str] = Counter()
    lines = []
    for name in names:
        path, split = SETS[name]
        changed = []
        for q in load_questions(path, split):
            row = base.get(f"{name}:{q.id}")
            if row is None or row["abstained"]:
                continue
            if args.changed is not None:
                frame, cands = _ordered(engine, q.question)
                n = settings.max_quotes
                if by_line_content(frame, cands)[:n] != cands[:n]:
                    gold = "G" if row["has_gold"] else ""
                    changed.append(f"{q.id}{gold}{'A' if q.answerable else 'U'}")
                continue
            if not q.answerable or row["has_gold"]:
                continue
            first = engine.ask(q.question).citations[0]
            why = _classify(engine, q, first)
            counts[f"{name} {'class' if why else 'other'}"] += 1
            if why:
                counts[why.split("\t")[0]] += 1
                print(f"{name}\t{q.id}\t{why}\t{q.question}", flush=True)
        if changed:
            lines.append(f"{name} {len(changed)} " + " ".join(changed))
    if args.changed is not None:
        args.changed.write_text("\n".join(lines) + "\n")
        print("\n".join(lines))
    for key, v in sorted(counts.items()):
        print(f"{key}\t{v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
