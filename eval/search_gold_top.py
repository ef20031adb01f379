"""Whether search finds an answerable question's gold passage among its first ``k`` hits, with
a reading rule on and off: the search box (``lrt-search search``, ``GET /api/search``:
:func:`~lrt_search.interfaces.searching.run_search`) and ``Retriever.search_question`` (what
``lrt-search eval`` ranks).

    python eval/search_gold_top.py [--sets phone_abbrev_probe,dev] [--k 5]
                                   [--setting chat_abbreviations]

A hit holds the gold when it is of the gold's meeting and its text holds the gold quote
(normalised as ``ask``'s gold check). Figures only: no question is listed; the test split is
never run (sets of eval/answer_sets.toml only).
"""

from __future__ import annotations

import argparse
import dataclasses
import sys

from answer_sets import SETS  # the script's folder is on the path

from lrt_search import Settings
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.evaluation.questions import Question
from lrt_search.interfaces.searching import run_search
from lrt_search.lexicon.textnorm import normalize_for_match
from lrt_search.results import Hit
from lrt_search.service import Engine


def holds_gold(hits: list[Hit], q: Question) -> bool:
    """Whether one of ``hits`` is of a gold's meeting and holds its quote."""
    for hit in hits:
        text = normalize_for_match(hit.text)
        day = hit.chunk.meeting_date.isoformat()
        if any(g.date == day and normalize_for_match(g.quote) in text for g in q.gold):
            return True
    return False


def found(engine: Engine, questions: list[Question], k: int) -> tuple[int, int]:
    """How many of ``questions`` have their gold in the top ``k`` of the search box and of
    ``search_question``."""
    box = sum(holds_gold(run_search(engine, q.question, k=k).hits, q) for q in questions)
    asked = sum(holds_gold(engine.search_question(q.question, k=k)[1], q) for q in questions)
    return box, asked


def main() -> int:
    """Print, per set, the gold found in the top k with the setting on and off."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="phone_abbrev_probe,dev")
    parser.add_argument("--k", type=int, default=5)
    parser.add_argument("--setting", default="chat_abbreviations", help="a boolean Settings field")
    args = parser.parse_args()
    on = Settings()
    off = dataclasses.replace(on, **{args.setting: not getattr(on, args.setting)})
    engines = {"on": engine_for(on), "off": engine_for(off)}
    for name in args.sets.split(","):
        path, split = SETS[name]
        questions = [q for q in load_questions(path, split) if q.answerable and q.gold]
        figures = {state: found(e, questions, args.k) for state, e in engines.items()}
        n = len(questions)
        (box_on, q_on), (box_off, q_off) = figures["on"], figures["off"]
        print(
            f"{name}: gold in top {args.k} of {n} answerable ({args.setting} off -> on): "
            f"search {box_off} -> {box_on}; search_question {q_off} -> {q_on}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
