"""Count the readable questions that name a person of the attendee lists by surname, and per
reason code how many of them `ask` refused with that surname in the reason (issue 16, task E2).

    python eval/surname_questions.py DUMP.json [DUMP2.json ...] [--list]

A dump is ``python eval/answer_sets.py --dump``'s file (its questions and reasons). Held-out
sets (a name holding "holdout") and the test split are skipped unread; ``--list`` prints the
refused questions (readable sets only).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from lrt_search import Settings
from lrt_search.answer.attendance import people_orgs
from lrt_search.answer.person_speaker import folded_person
from lrt_search.evaluation import engine_for


def _surname(retriever: object, word: str, people: dict[str, str]) -> str | None:
    code = people.get(word.lower()) or folded_person(retriever, word)  # type: ignore[arg-type]
    return code


def main() -> None:
    """Print the counts (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dumps", nargs="+", type=Path)
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    records: dict[str, dict[str, object]] = {}
    for dump in args.dumps:
        for key, rec in json.loads(dump.read_text(encoding="utf-8")).items():
            if "holdout" not in key.split(":", 1)[0]:
                records[key] = rec
    retriever = engine_for(Settings())
    people = people_orgs(retriever)
    named: dict[str, list[str]] = {}
    for key, rec in records.items():
        question = str(rec.get("question") or "")
        found = [
            w for w in re.findall(r"\b[A-Z][a-zà-ÿ]+\b", question) if _surname(retriever, w, people)
        ]
        if found:
            named[key] = found
    refused: Counter[str] = Counter()
    refused_named: Counter[str] = Counter()
    lines = []
    for key, found in named.items():
        rec = records[key]
        if not rec.get("abstained"):
            continue
        code = str(rec.get("reason_code"))
        refused[code] += 1
        reason = str(rec.get("reason") or "")
        if any(w in reason for w in found):
            refused_named[code] += 1
        lines.append(
            f"{key}  {code}  {'answerable' if rec.get('answerable') else 'unanswerable'}"
            f"  {rec.get('question')}  [{reason}]"
        )
    answerable = sum(1 for k in named if records[k].get("answerable"))
    print(
        f"readable questions: {len(records)}; naming a listed person by surname: "
        f"{len(named)} ({answerable} answerable)"
    )
    print("refused, per reason code (with the surname in the reason / all):")
    for code, n in refused.most_common():
        print(f"  {code:28s} {refused_named[code]:3d} / {n}")
    if args.list:
        print("\n".join(lines))


if __name__ == "__main__":
    main()
