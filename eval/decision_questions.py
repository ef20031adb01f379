"""The decision questions ("what was agreed/decided about X", intent ``agreed``) of the readable
answer sets (never the test split, never a set named "*holdout"), one line each: the set and id,
answerable (A) or not (U), whether a statement `ask` may quote records a decision on the topic
(``record``: an Afspraak, Besluit, Actie or a decision in words; ``none``: the "no record" note),
what `ask` does, and the first statement quoted. (Rule ``decision_no_record``, which refused the
``none`` ones, was deleted in session 16; its figures are in docs/settings.md.)

    python eval/decision_questions.py [--sets dev,probes,...] [--config FILE.toml]
"""

from __future__ import annotations

import sys
from pathlib import Path

from lrt_search.evaluation import engine_for, load_questions
from lrt_search.search.parsed import read_question

sys.path.insert(0, str(Path(__file__).resolve().parent))
from answer_sets import SETS, sets_parser, studied


def _outcome(answer: object) -> str:
    """The outcome: "answered" or "abstained:<reason code>"."""
    if getattr(answer, "abstained", False):
        return f"abstained:{getattr(answer, 'reason_code', '')}"
    return "answered"


def main() -> int:
    """Print one line per decision question of the chosen readable sets."""
    _, names, settings = studied(sets_parser(__doc__))
    engine = engine_for(settings)
    counts: dict[tuple[str, str, str], int] = {}
    for name in names:
        path, split = SETS[name]
        for q in load_questions(path, split):
            if not read_question(q.question, engine.orgs, engine.glossary).asks("agreed"):
                continue
            answer = engine.ask(q.question)
            record = "none" if any(n.startswith("no record") for n in answer.notes) else "record"
            kind = "A" if q.answerable else "U"
            quote = answer.citations[0].quote[:90] if answer.citations else "-"
            print(f"{name}:{q.id}\t{kind}\t{record}\t{_outcome(answer)}"
                  f"\t{q.question[:90]}\t| {quote}")  # fmt: skip
            key = (kind, record, _outcome(answer))
            counts[key] = counts.get(key, 0) + 1
    for (kind, record, outcome), n in sorted(counts.items()):
        print(f"# {kind} {record} {outcome}: {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
