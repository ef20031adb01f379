"""The TOML writing shared by the generators of tests/data tables (make_date_phrases,
make_period_phrases, make_meeting_references): one ``[[row]]`` per row, strings, booleans and
lists of strings; rows that repeat a key (by default language and phrase) are written once."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    return f'"{value}"'


def toml_row(row: dict[str, object]) -> str:
    """``row`` as one ``[[row]]`` table."""
    return "[[row]]\n" + "\n".join(f"{k} = {_value(v)}" for k, v in row.items()) + "\n"


def write_table(
    out: Path,
    head: str,
    rows: Sequence[dict[str, object]],
    key: tuple[str, ...] = ("lang", "phrase"),
) -> int:
    """Write ``head`` and the rows of ``rows`` (the first of each ``key``) to ``out``; the
    number of rows written."""
    seen: set[tuple[object, ...]] = set()
    unique = []
    for row in rows:
        k = tuple(row[name] for name in key)
        if k not in seen:
            seen.add(k)
            unique.append(row)
    out.write_text(head + "\n".join(toml_row(r) for r in unique), encoding="utf-8")
    print(f"{len(unique)} rows -> {out}")
    return len(unique)
