"""Spelling suggestions on generated typos: each answerable dev question with one typo in its
longest word that the index knows (a letter dropped from the middle, deterministic), asked
with suggestions on (the default) and off (``spelling_max_edits = 0``).

Reports how many typo questions abstain, and how many get the same citations as the question
as written. Never run on the test split.

    .venv/bin/python eval/spelling_typos.py [--index index] [--split dev]
"""

from __future__ import annotations

import argparse
import re

from lrt_search import Engine
from lrt_search.evaluation.questions import load_questions
from lrt_search.search.unread import is_known_word


def with_typo(engine: Engine, question: str) -> str | None:
    """``question`` with a middle letter dropped from its longest known word of 7+ letters."""
    words = sorted(set(re.findall(r"[^\W\d_]{7,}", question)), key=lambda w: (-len(w), w))
    for word in words:
        if is_known_word(word, engine.analyzer, engine.bm25.terms):
            middle = len(word) // 2
            return re.sub(rf"\b{word}\b", word[:middle] + word[middle + 1 :], question, count=1)
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", default="index")
    parser.add_argument("--split", default="dev", choices=["dev"])
    args = parser.parse_args()
    engine = Engine.load(index=args.index)
    off = engine.with_settings(engine.settings.replace(spelling_max_edits=0))
    questions = [q for q in load_questions("eval/questions.jsonl", args.split) if q.answerable]
    counts = {"on": [0, 0], "off": [0, 0]}
    n = 0
    for q in questions:
        typo = with_typo(engine, q.question)
        if typo is None:
            continue
        n += 1
        right = [c.chunk_id for c in engine.ask(q.question).citations]
        for name, eng in (("on", engine), ("off", off)):
            answer = eng.ask(typo)
            counts[name][0] += answer.abstained
            counts[name][1] += [c.chunk_id for c in answer.citations] == right
    print(f"{n} {args.split} questions with a typo")
    for name, (abstained, same) in counts.items():
        line = f"abstained {abstained}/{n}, same citations as written {same}/{n}"
        print(f"suggestions {name:>3}: {line}")


if __name__ == "__main__":
    main()
