"""Rule ``latest_meeting_only`` on eval/latest_probe.jsonl: per question, the meetings the
answer cites with the rule off and on, and whether the gold (the most recent meeting's
statement) is quoted; totals of answers that cite only the gold's meeting. Never run on test.

    .venv/bin/python eval/latest_answers.py [--index index]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from lrt_search import Engine
from lrt_search.evaluation.questions import load_questions
from lrt_search.lexicon.textnorm import normalize_for_match

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", default="index")
    args = parser.parse_args()
    on = Engine.load(index=args.index)
    engines = {"off": on.with_settings(on.settings.replace(latest_meeting_only=False)), "on": on}
    only = {"off": 0, "on": 0}
    quoted = {"off": 0, "on": 0}
    questions = load_questions(HERE / "latest_probe.jsonl")
    for q in questions:
        dates = {g.date for g in q.gold}
        golds = [normalize_for_match(g.quote) for g in q.gold]
        print(f"{q.id} {q.question}")
        for name, engine in engines.items():
            answer = engine.ask(q.question)
            cited = [c.meeting_date.isoformat() for c in answer.citations]
            quotes = [normalize_for_match(c.quote) for c in answer.citations]
            only[name] += bool(cited) and set(cited) <= dates
            quoted[name] += any(g in text for g in golds for text in quotes)
            shown = ", ".join(cited) or "abstained"
            print(f"  {name:>3}: {shown}")
    n = len(questions)
    for name in engines:
        line = f"cite only the most recent meeting {only[name]}/{n}, gold quoted {quoted[name]}/{n}"
        print(f"{name:>3}: {line}")


if __name__ == "__main__":
    main()
