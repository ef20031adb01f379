"""Table ``capital_words`` of the corpus facts: the distinct words of the chunk texts written
with a capital at each end and at most eight characters ("COA", "SJenV", "AZC"; the pattern
rule ``spoken_abbreviations`` reads abbreviations by, :data:`CAPITALS`).

Rule ``spoken_abbreviations`` (lrt_search/search/spoken_letters.py) needs them for every
question: they were found by decoding every chunk on the first question of a process (every
CLI ``ask``: 100k chunks at 100k; session 23 task A3). Written with the index; the parser
fingerprint (index/freshness.py ``INDEX_CODE``) covers this module, so an index written with
another pattern is stale; an index written before the table reads None (the caller scans).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence

from ..lazyre import lazy
from ..models import Chunk

#: A word with a capital at each end, capitals, lower case letters or "&" between, 2-8 long.
CAPITALS = lazy(r"(?<![\w&])[A-Z][A-Za-z&]{0,6}[A-Z](?![\w&])")

SCHEMA = "CREATE TABLE capital_words (word TEXT PRIMARY KEY) WITHOUT ROWID;"


def capital_words(texts: Iterable[str]) -> set[str]:
    """The distinct :data:`CAPITALS` words of ``texts``."""
    return {m.group(0) for text in texts for m in CAPITALS.finditer(text)}


def write_capital_words(conn: sqlite3.Connection, chunks: Sequence[Chunk]) -> None:
    """Create and fill table ``capital_words`` of ``conn`` over ``chunks``."""
    conn.executescript(SCHEMA)
    found = sorted(capital_words(c.text for c in chunks))
    conn.executemany("INSERT INTO capital_words VALUES (?)", ((w,) for w in found))


def read_capital_words(
    query: Callable[[str, tuple[object, ...]], Sequence[tuple[object, ...]]],
) -> set[str] | None:
    """The words of table ``capital_words`` through ``query``; None for an index written
    before the table was."""
    try:
        return {str(w) for (w,) in query("SELECT word FROM capital_words", ())}
    except sqlite3.OperationalError:  # no such table
        return None


__all__ = ["CAPITALS", "SCHEMA", "capital_words", "read_capital_words", "write_capital_words"]
