"""Writing a generated question set as JSON lines: the shared end of the ``make_*.py`` scripts
of eval/ that derive a set from another (perfect_form, discussion_form, everyday_speech)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

Rows = list[dict[str, object]]


def write(rows: Rows, target: Path) -> None:
    """The rows as JSON lines at ``target``."""
    with target.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def run(build: Callable[[], Rows], target: Path) -> int:
    """Build the rows, write them to ``target`` and say how many (a script's ``main``)."""
    rows = build()
    write(rows, target)
    print(f"{len(rows)} questions -> {target.name}")
    return 0
