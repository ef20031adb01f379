"""The candidate statements of every answered question of the readable sets, with features, and
whether each holds a gold quote (issue 16, task D: a learned statement ranking).

    python eval/statement_rows.py --write /tmp/rows.jsonl --sets dev,generated,...
    python eval/statement_rows.py --write /tmp/rows.jsonl --train    (dev, generated, probes)
    python eval/statement_rows.py --write /tmp/rows.jsonl --judged   (blind design halves)

Each line is one answerable question that was answered (not abstained): its key, whether it is
a timeline / comparison / listing (``special``: its quotes are not chosen by score), the gold
quotes the answer quoted (``quoted``), and per candidate the answer chooses from (after rules
quote_depth and asked_form; at most ``--top``) the features of eval/candidate_table.py
(``score`` the hand score, ``cos``, ``lex``, ``rinv``, ``rest`` what the bonuses added,
``topic``, ``title``, ``speaker``, ``number``, ``bm25``, ``words``, ``dense``, ``first``) and:
``counted`` (a number within four words of what "how many" counts), ``position`` (its place in
its item, 0 first .. 1 last), ``record`` (a decision / action record or a decision in words),
``asked_speaker`` (a speaker is asked and it is theirs), ``other_speaker`` (a speaker is asked
and it is another's), ``digit`` (it holds a digit), ``deep`` (from a passage below the hits,
rule quote_depth), ``hand_rank`` (its place by the hand score); ``gold``.
Held-out sets and the test split are refused. eval/statement_ranking.py fits on the table.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from answer_sets import held_out, readable_sets  # the script's folder is on the path
from candidate_table import _rows, asked, special

from lrt_search.answer.selection import is_decision
from lrt_search.answer.shape import counted_terms, counts, is_counted
from lrt_search.lexicon.textnorm import normalize_for_match


def judged_sets() -> list[str]:
    """The blind sets' design halves: never fitted on, the ranking is judged on them."""
    return [n for n in readable_sets().split(",") if n.startswith("blind") and "_design" in n]


def train_sets() -> list[str]:
    """dev, generated and the probes: every readable set but the blind design halves."""
    judged = set(judged_sets())
    return [n for n in readable_sets().split(",") if n not in judged and n != "test"]


def _position(frame: Any, chunk_id: str, line: int) -> float:
    for hit in list(frame.hits) + list(frame.deeper):
        if hit.chunk_id != chunk_id:
            continue
        starts = [s.span.line_start for s in hit.chunk.statements]
        if line in starts and len(starts) > 1:
            return starts.index(line) / (len(starts) - 1)
        return 0.0
    return 0.0


def rows_of(frame: Any, candidates: list[Any], golds: list[str], top: int) -> list[dict]:
    """candidate_table's rows of ``candidates`` with the features of this table."""
    retriever = frame.retriever
    counted = is_counted(retriever, counted_terms(retriever, frame.question))
    hit_ids = {h.chunk_id for h in frame.hits}
    rows = _rows(frame, candidates, golds, top)
    for rank, (row, c) in enumerate(zip(rows, candidates, strict=False)):
        asked = bool(frame.codes)
        theirs = bool(frame.codes & set(c.speakers))
        row.update({
            "counted": int(counted is not None and counts(c.quote, counted)),
            "position": _position(frame, c.chunk_id, c.span.line_start),
            "record": int(is_decision(c.kind, c.quote)),
            "asked_speaker": int(asked and theirs),
            "other_speaker": int(asked and bool(c.speakers) and not theirs),
            "digit": int(any(ch.isdigit() for ch in c.quote)),
            "deep": int(c.chunk_id not in hit_ids and c.kind != "attendees"),
            "hand_rank": rank,
        })  # fmt: skip
    return rows


def write(path: Path, sets: list[str], top: int) -> None:
    """Ask every answerable question of ``sets``; write its candidates' rows to ``path``."""
    with path.open("w", encoding="utf-8") as f:
        for a in asked(sets):
            if a.answer.abstained:
                continue
            quoted = [normalize_for_match(c.quote) for c in a.answer.citations]
            record = {
                "key": f"{a.name}:{a.question.id}",
                "special": special(a.frame),
                "quoted": int(any(g in c for c in quoted for g in a.golds)),
                "rows": rows_of(a.frame, a.candidates, a.golds, top),
            }
            f.write(json.dumps(record) + "\n")
            f.flush()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", type=Path, required=True)
    parser.add_argument("--sets", default="")
    parser.add_argument("--train", action="store_true")
    parser.add_argument("--judged", action="store_true")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    sets = args.sets.split(",") if args.sets else []
    sets += train_sets() if args.train else []
    sets += judged_sets() if args.judged else []
    if not sets or any(held_out(s) or s == "test" for s in sets):
        parser.error("name readable sets: held-out sets are only measured, never studied")
    write(args.write, sets, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
