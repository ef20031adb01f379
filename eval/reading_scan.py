"""The loop every reading-only scan shares (issue 16, session 23 task A4): walk the readable
answer sets, list the questions a rule reads otherwise, and write them as the AFFECTED lines
eval/affected_ask.py takes ("<set> <n> <id><flags> ..."). No ``ask`` runs.

A scan supplies only ``differs(set_name, question) -> bool`` (reading with the rule on and off,
printing whatever it wants to show) and calls::

    write_affected(path, affected_lines(differs))

Held-out sets ("*holdout") and the test split are never yielded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from answer_sets import SETS, held_out  # the script's folder is on the path

from lrt_search.evaluation import Question, load_questions


def readable_sets(names: str = "") -> Iterator[tuple[str, list[Question]]]:
    """(name, questions) of every registered set that may be read, in registry order: never a
    held-out set, never the test split. ``names`` (comma-separated) keeps only those sets."""
    wanted = set(names.split(",")) if names else None
    for name, (path, split) in SETS.items():
        if held_out(name) or split == "test" or (wanted is not None and name not in wanted):
            continue
        yield name, [q for q in load_questions(path, split) if q.split != "test"]


def flags(q: Question) -> str:
    """The flags eval/affected_ask.py reads after a question's id: "G" when it bears gold
    quotes, then "A" (answerable) or "U" (unanswerable)."""
    return ("G" if q.gold else "") + ("A" if q.answerable else "U")


def affected_lines(differs: Callable[[str, Question], bool], names: str = "") -> list[str]:
    """One line "<set> <n> <id><flags> ..." per readable set holding a question for which
    ``differs(set_name, question)`` is true; sets with none are left out."""
    lines = []
    for name, questions in readable_sets(names):
        items = [q.id + flags(q) for q in questions if differs(name, q)]
        if items:
            lines.append(f"{name} {len(items)} {' '.join(items)}")
    return lines


def write_affected(path: Path | str, lines: list[str]) -> None:
    """Write the AFFECTED ``lines`` to ``path``, one a line, ending in a newline."""
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")
