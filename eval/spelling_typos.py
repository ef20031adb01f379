"""Spelling corrections of ``ask`` on generated typos and on the questions as written.

1. Typos: each answerable question (dev of ``eval/questions.jsonl`` and every probe set of
   ``eval/answer_sets.py``; never test) with one typo in its longest word that the index knows
   (a letter dropped from the middle, deterministic), asked three ways: suggestions off
   (``spelling_max_edits = 0``), the corrected question asked only when the answer abstains
   (``spelling_corrects_answers = false``), and the corrected question asked whenever a
   misspelt word has a correction (the default). Reports how many abstain and how many get the
   same citations as the question as written.
2. The questions as written, answerable and not, of every non-test answer set: those whose
   answer ``spelling_corrects_answers`` changes, listed (a correction of a word that was no typo
   would show here).

    .venv/bin/python eval/spelling_typos.py [--index index]
"""

from __future__ import annotations

import argparse
import re

from answer_sets import SETS

from lrt_search import Engine
from lrt_search.evaluation.questions import Question, load_questions
from lrt_search.search.unread import is_known_word


def with_typo(engine: Engine, question: str) -> str | None:
    """``question`` with a middle letter dropped from its longest known word of 7+ letters."""
    words = sorted(set(re.findall(r"[^\W\d_]{7,}", question)), key=lambda w: (-len(w), w))
    for word in words:
        if is_known_word(word, engine.analyzer, engine.bm25.terms):
            middle = len(word) // 2
            return re.sub(rf"\b{word}\b", word[:middle] + word[middle + 1 :], question, count=1)
    return None


def _questions() -> dict[str, list[Question]]:
    return {name: load_questions(path, split) for name, (path, split) in SETS.items()}


def _key(engine: Engine, question: str) -> tuple[bool, list[str]]:
    answer = engine.ask(question)
    return answer.abstained, [c.chunk_id for c in answer.citations]


def typos(engines: dict[str, Engine], questions: list[Question]) -> None:
    """Part 1: abstentions and same citations per way of handling the typo."""
    default = engines["correct always"]
    counts = {name: [0, 0] for name in engines}
    n = 0
    for q in questions:
        typo = with_typo(default, q.question) if q.answerable else None
        if typo is None:
            continue
        n += 1
        right = _key(default, q.question)[1]
        for name, engine in engines.items():
            abstained, cited = _key(engine, typo)
            counts[name][0] += abstained
            counts[name][1] += cited == right
    print(f"{n} answerable questions with a typo (dev and probe sets)")
    for name, (abstained, same) in counts.items():
        print(f"{name:>25}: abstained {abstained}/{n}, same citations as written {same}/{n}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", default="index")
    args = parser.parse_args()
    engine = Engine.load(index=args.index)
    engines = {
        "suggestions off": engine.with_settings(engine.settings.replace(spelling_max_edits=0)),
        "corrected on abstention": engine.with_settings(
            engine.settings.replace(spelling_corrects_answers=False)
        ),
        "correct always": engine,
    }
    sets = _questions()
    typos(engines, [q for name, qs in sets.items() if name != "generated" for q in qs])
    changed = 0
    total = 0
    for name, questions in sets.items():
        for q in questions:
            total += 1
            before = _key(engines["corrected on abstention"], q.question)
            after = _key(engine, q.question)
            if before != after:
                changed += 1
                print(f"  changed {name} {q.id} [{q.answerable}] {q.question!r}")
    print(f"questions as written whose answer the correction changes: {changed}/{total}")


if __name__ == "__main__":
    main()
