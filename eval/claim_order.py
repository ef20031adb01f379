"""Rule claim_match (lrt_search.answer.claims), measured: on every "who said that <claim>?"
question of the non-test answer sets (and the example of issue 16), the position of the first
quote holding a gold quote, with the rule off and on.

    python eval/claim_order.py

Prints per question the gold's position (1 = first quote, - = not quoted or abstained) off ->
on, and per set how many questions quote the gold first. The test split is never run.
"""

from __future__ import annotations

import sys

from answer_sets import SETS  # eval/ is on sys.path for this script

from lrt_search import Settings
from lrt_search.answer.claims import claim_of
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.evaluation.questions import Gold, Question
from lrt_search.lexicon.textnorm import normalize_for_match
from lrt_search.service import Engine

EXAMPLE = Question(
    "issue16",
    "Who said that the situation in Ter Apel is stable?",
    "en",
    "example",
    "probe",
    True,
    (Gold("2025-03-19", "De situatie in Ter Apel is stabiel."),),
)


def gold_position(engine: Engine, q: Question) -> int | None:
    """The 1-based position of the first quote of ``q``'s answer holding a gold quote."""
    answer = engine.ask(q.question)
    if answer.abstained:
        return None
    golds = [normalize_for_match(g.quote) for g in q.gold]
    for i, c in enumerate(answer.citations, 1):
        if any(g in normalize_for_match(c.quote) for g in golds):
            return i
    return None


def main() -> int:
    on = engine_for(Settings())
    off = on.with_settings(on.settings.replace(claim_match=False))
    sets = {name: load_questions(*spec) for name, spec in SETS.items()}
    sets["example"] = [EXAMPLE]
    for name, questions in sets.items():
        asked = [q for q in questions if q.answerable and claim_of(q.question)]
        if not asked:
            continue
        first = [0, 0]
        for q in asked:
            before, after = gold_position(off, q), gold_position(on, q)
            first[0] += before == 1
            first[1] += after == 1
            print(f"  {q.id} {before or '-'} -> {after or '-'}  {q.question}")
        print(f"{name}: gold first {first[0]}/{len(asked)} -> {first[1]}/{len(asked)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
