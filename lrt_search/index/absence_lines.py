"""The statements of absence of every meeting, stored with the index (issue 16 item 7).

Rule ``absence_stated`` (:mod:`lrt_search.answer.absence`) answers a question about an absence
only when the minutes of its period say who was absent: the entries of a header's "Afwezig"
list, and the lines of any chunk holding a phrase of absence (``absence`` of
``lexicon/data/attendance.toml``). Reading them on a question decoded every chunk of the period
(at 100k chunks, 10,021 chunks and 3.0 s CPU for a year); the table ``absence_lines`` of
``facts.sqlite`` holds them with their meeting day (indexed by day), in chunk order, so a
question reads the period's rows. The parser fingerprint covers this module and
``attendance.toml`` (:func:`~lrt_search.index.freshness.parser_fingerprint`): changed phrases
make the index stale. An index without the table: :func:`read_absence_lines` says None and the
caller reads the chunks as before.
"""

from __future__ import annotations

import re
import sqlite3
import sys
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, cast

from ..lexicon.datafiles import bundled_text, parse_toml
from .attendee_lists import attendee_lists

if TYPE_CHECKING:
    from ..models import Chunk

SCHEMA = """
CREATE TABLE absence_lines (entry INTEGER PRIMARY KEY, day INTEGER NOT NULL, line TEXT NOT NULL);
CREATE INDEX absence_by_day ON absence_lines (day);
"""
#: ``(meeting day as an ordinal, statement of absence)``.
AbsenceLine = tuple[int, str]


@lru_cache(maxsize=1)
def _phrases() -> re.Pattern[str]:
    """The phrases of absence, as one whole-word pattern (compiled on first use)."""
    words = parse_toml("attendance.toml", bundled_text("attendance.toml"))["absence"]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


def states_absence(text: str) -> bool:
    """Whether ``text`` holds a phrase of absence (``absence`` of ``attendance.toml``)."""
    return bool(_phrases().search(text))


def absence_statements(chunk: Chunk) -> list[str]:
    """The entries of a header chunk's "Afwezig" lists, and the lines of any chunk that hold a
    phrase of absence (``absence`` of ``lexicon/data/attendance.toml``)."""
    out: list[str] = []
    if chunk.kind == "header":
        lists = attendee_lists(chunk.text)
        out += [people for label, people in lists if label.lower() == "afwezig"]
    out += [line for line in chunk.text.split("\n") if _phrases().search(line)]
    return out


def absence_lines(chunks: Iterable[Chunk]) -> list[AbsenceLine]:
    """``(day, statement)`` of every statement of absence of ``chunks``, in chunk order."""
    return [(c.meeting_date.toordinal(), s) for c in chunks for s in absence_statements(c)]


def write_absence_lines(conn: sqlite3.Connection, chunks: Iterable[Chunk]) -> None:
    """Create and fill table ``absence_lines`` of ``conn`` over ``chunks``."""
    conn.executescript(SCHEMA)
    conn.executemany(
        "INSERT INTO absence_lines VALUES (?, ?, ?)",
        ((i, day, line) for i, (day, line) in enumerate(absence_lines(chunks))),
    )


def read_absence_lines(
    query: Callable[[str, tuple[object, ...]], Sequence[tuple[object, ...]]],
    since: int | None,
    until: int | None,
) -> list[AbsenceLine] | None:
    """``(day, statement)`` of the meetings from day ``since`` to ``until`` (ordinals; None:
    unbounded) in chunk order, from table ``absence_lines`` through ``query`` (sql, args) ->
    rows; None when the index was written before the table was."""
    low, high = -1 if since is None else since, sys.maxsize if until is None else until
    sql = "SELECT day, line FROM absence_lines WHERE day BETWEEN ? AND ? ORDER BY entry"
    try:
        return [(cast(int, d), cast(str, s)) for d, s in query(sql, (low, high))]
    except sqlite3.OperationalError:  # no such table
        return None


__all__ = [
    "SCHEMA",
    "AbsenceLine",
    "absence_lines",
    "absence_statements",
    "read_absence_lines",
    "write_absence_lines",
]
