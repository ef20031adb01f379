"""The one writer of the generated test tables of tests/data/ (``[[row]]`` arrays of tables):
eval/make_date_phrases.py, make_period_phrases.py, make_intent_forms.py and
make_abbreviation_forms.py write their rows with :func:`write_rows` (the phrase tables through
:func:`write_phrase_table`). A value is a string (quoted, ``\\`` and ``"`` escaped), a bool or
a list of strings; rows are written in their order, their keys in the order of each row, a
blank line between two rows. No dependency (``tomli_w`` is none of the project's).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path


def toml_value(value: object) -> str:
    """``value`` as TOML: a bool as true/false, a list as ``[...]``, anything else a string (a line
    break written ``\\n``)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    text = str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return '"' + text + '"'


def toml_rows(rows: Iterable[dict[str, object]]) -> str:
    """``rows`` as a TOML array of tables ``[[row]]``, a blank line between two rows."""
    return "\n".join(
        "[[row]]\n" + "".join(f"{k} = {toml_value(v)}\n" for k, v in row.items()) for row in rows
    )


def unique_rows(rows: Iterable[dict[str, object]], keys: Sequence[str]) -> list[dict[str, object]]:
    """``rows`` without those whose values of ``keys`` an earlier row has (the first kept)."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for row in rows:
        key = tuple(row[k] for k in keys)
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out


#: The sentences each phrase of the phrase tables (date_phrases, period_phrases) is asked in.
CARRIERS = (
    'carrier_nl = "Wat zei de VNG {phrase} over de opvang?"\n'
    'carrier_en = "What did the VNG say {phrase} about reception?"\n\n'
)


def write_phrase_table(path: Path, comment: str, rows: list[dict[str, object]]) -> None:
    """Write a phrase table: ``comment``, the :data:`CARRIERS`, and ``rows`` without a second
    row of the same language and phrase."""
    write_rows(path, comment + CARRIERS, unique_rows(rows, ("lang", "phrase")))


def write_rows(path: Path, head: str, rows: list[dict[str, object]]) -> None:
    """Write ``head`` (its comment lines and any top-level keys, ending in a blank line) and
    ``rows`` to ``path``, and say how many rows went where."""
    path.write_text(head + toml_rows(rows), encoding="utf-8")
    print(f"{len(rows)} rows -> {path}")
