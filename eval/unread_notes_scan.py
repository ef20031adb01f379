"""Which readable questions' "not understood" notes rule ``unread_notes_read`` changes (issue
16, session 26 task B4): every question of every readable answer set (eval/answer_sets.py; no
held-out set, never the test split, not blind26) read as ``ask`` reads it
(:func:`lrt_search.answer.understanding.understand`) with the rule on and off; no ``ask``.

    python eval/unread_notes_scan.py

Prints each question whose note changes (words removed, words added) and the counts per fold
(design: blind3..10 design halves, dev, generated, probes a-m; validation: the rest).
"""

from __future__ import annotations

import dataclasses
import re
import sys
from collections import Counter

from answer_sets import SETS, held_out

from lrt_search import Settings
from lrt_search.answer.understanding import understand
from lrt_search.evaluation import engine_for, load_questions


def fold(name: str) -> str:
    """The fold of set ``name`` (design or validation)."""
    blind = re.match(r"blind(\d+)_design$", name)
    if blind:
        return "design" if int(blind.group(1)) <= 10 else "validation"
    if name in ("dev", "generated"):
        return "design"
    if name.endswith("_probe"):
        return "design" if name[0] <= "m" else "validation"
    return "validation"


def _words(engine: object, question: str) -> set[tuple[str, str]]:
    frame = understand(engine, question, None, None, None)  # type: ignore[arg-type]
    return {(u["kind"], w) for u in frame.unread for w in u["text"].split(", ")}


def main() -> int:
    on = engine_for(Settings())
    off = engine_for(dataclasses.replace(Settings(), unread_notes_read=False))
    counts: Counter[tuple[str, str]] = Counter()
    for name, (path, split) in SETS.items():
        if held_out(name) or name.startswith("blind26"):
            continue
        for q in load_questions(path, split):
            before, after = _words(off, q.question), _words(on, q.question)
            counts[(fold(name), "questions")] += 1
            if before == after:
                continue
            gone, new = sorted(before - after), sorted(after - before)
            counts[(fold(name), "changed")] += 1
            counts[(fold(name), "removed")] += bool(gone)
            counts[(fold(name), "added")] += bool(new)
            print(f"{name}:{q.id} {q.question!r} removed {gone} added {new}")
    for f in ("design", "validation"):
        print(f, {k: v for (g, k), v in counts.items() if g == f})
    return 0


if __name__ == "__main__":
    sys.exit(main())
