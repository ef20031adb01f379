#!/usr/bin/env python
"""Unanswerable questions that ``ask`` answered, classed by the detail they ask (issue 16 task D,
session 16): the quote holds the question's topic, not what is asked - a rate ("per dag"), a
count of a named noun, a time, the outcome of a meeting or decision, a reason, a list or names,
what happens if, the content of a document - or a yes/no question, or something else.

    python eval/answer_sets.py --dump /tmp/X.json           # (or a stored dump)
    python eval/topic_answered_classes.py /tmp/X.json [--list CLASS] [--sets a,b]

Reads only the dump (no ``ask`` run): per class the number of answered unanswerable questions
of each readable set and, with ``--list CLASS`` (``all`` for every class), the questions with
their label. Held-out sets and the test split are never read (their rows are skipped).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from answer_sets import held_out, readable_sets

_RATE_UNITS = r"(?:dag|week|maand|jaar|kwartaal|day|week|month|year|quarter)"
#: The asked detail, tried in this order; the first that matches classes the question.
CLASSES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.I))
    for name, pattern in (
        (
            "rate",
            rf"\b(?:per|elke|iedere|each|every|a)\s+{_RATE_UNITS}\b"
            r"|\b(?:dagelijks|wekelijks|maandelijks|jaarlijks|daily|weekly|monthly|annually)",
        ),
        (
            "outcome",
            r"\bwat (?:kwam|is|was) er (?:uit|uitgekomen)|\buitkomst|\bresultaat|\bresult(?:ed)?\b"
            r"|\bwhat came out|\boutcome|\bwhat happened (?:after|at|next)"
            r"|\bwat (?:werd|is|was) (?:er )?(?:besloten|afgesproken)|\bwhat (?:did|do) they decide"
            r"|\bwhat (?:was|were) decided|\bwhat they decide",
        ),
        (
            "reason",
            r"\bwaarom\b|\bwhy\b|\breden\b|\breason|\boorzaak|\bcaused?\b|\bbezwaren"
            r"|\bobjections?\b",
        ),
        ("what_if", r"\bwat als\b|\bwhat if\b|\bwat gebeurt er (?:als|wanneer)"),
        ("document", r"\bwat stond er in\b|\bwhat was in\b|\binhoud\b|\bwhat did the \w+ say\b"),
        ("count", r"\bhoeveel\b|\bhow (?:many|much)\b|\baantal\b|\bnumber of\b"),
        (
            "time",
            r"\bwanneer\b|\bwnr\b|\bop welke (?:datum|dag)|\bwhen\b|\bwhat date\b"
            r"|\bsinds\b|\bsince\b|\btot wanneer\b|\buntil when\b",
        ),
        ("list", r"\bnoem\b|\bname the\b|\blist\b|\bwhich \w+s\b|\bwelke\b|\bwie\b|\bwho\b"),
        (
            "whether",
            r"^(?:\S+[:,.] )*(?:klopt|is|was|were|are|did|does|do|has|have|heeft|hebben"
            r"|zijn|werd|werden|wordt|kwam|kan|can|will|zal|zou|would|had)\b",
        ),
    )
)


def asked_class(question: str) -> str:
    """The class of the detail ``question`` asks (the first of :data:`CLASSES` that matches),
    ``other`` when none does."""
    for name, pattern in CLASSES:
        if pattern.search(question):
            return name
    return "other"


def main() -> None:
    """Count (and list) the answered unanswerable questions of a dump per asked class."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dump", type=Path, help="a dump of eval/answer_sets.py --dump")
    parser.add_argument("--sets", default=readable_sets(), help="comma-separated set names")
    parser.add_argument("--list", default="", help="list the questions of this class (or all)")
    args = parser.parse_args()
    sets = [s for s in args.sets.split(",") if not held_out(s)]
    rows = json.loads(args.dump.read_text(encoding="utf-8"))
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for key, row in rows.items():
        name = key.split(":", 1)[0]
        if name not in sets or held_out(name) or row["answerable"] or row["abstained"]:
            continue
        kind = asked_class(row["question"])
        counts[kind][name] += 1
        if args.list in (kind, "all"):
            print(f"{kind}\t{key}\t{row.get('label')}\t{row['question']}")
    total = sum(sum(c.values()) for c in counts.values())
    print(f"answered unanswerable questions: {total}")
    for kind, per_set in sorted(counts.items(), key=lambda kv: -sum(kv[1].values())):
        design = sum(n for s, n in per_set.items() if s.endswith("_design"))
        print(
            f"{kind:8} {sum(per_set.values()):4}  design halves {design:3}  "
            + ", ".join(f"{s} {n}" for s, n in per_set.most_common(6))
        )


if __name__ == "__main__":
    main()
