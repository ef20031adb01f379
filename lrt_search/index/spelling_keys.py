"""Table ``spelling_keys`` of the corpus facts: each word of table ``spellings`` (the chunk
texts' words as written, lower case) with its
:func:`~lrt_search.lexicon.spelling_variants.spelling_key`, count and length, indexed by key.

Rule ``spelling_read_first`` (:func:`lrt_search.search.spelling.spelled_alike`, "lokatie" ->
"locatie") and rule ``spelling_joins`` want the minutes' words of a key: read from
``spellings`` they were every word of two letters shorter to two longer, each keyed on the
question (at 100k synthetic chunks ~1,500 rows and 0.05 s of CPU a word, two words a question
for "indeplaatsstelling"; session 28 task E2). Written with the index; the parser fingerprint
(index/freshness.py ``INDEX_CODE``, ``INDEX_DATA``: spelling.toml) covers this module and the
key's alternations, so an index keyed otherwise is stale; an index written before the table
reads None (the caller reads ``spellings`` and keys them).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence

SCHEMA = """
CREATE TABLE spelling_keys (key TEXT NOT NULL, word TEXT NOT NULL, n INTEGER NOT NULL,
                            len INTEGER NOT NULL);
CREATE INDEX spelling_keys_by_key ON spelling_keys (key, len);
"""


def write_spelling_keys(conn: sqlite3.Connection, spellings: Mapping[str, int]) -> None:
    """Create and fill table ``spelling_keys`` of ``conn`` from ``spellings`` (word -> count),
    in the order of the words (as table ``spellings`` is written)."""
    from ..lexicon.spelling_variants import spelling_key

    conn.executescript(SCHEMA)
    conn.executemany(
        "INSERT INTO spelling_keys VALUES (?, ?, ?, ?)",
        ((spelling_key(w), w, n, len(w)) for w, n in sorted(spellings.items())),
    )


def read_spelling_keys(
    query: Callable[[str, tuple[object, ...]], Sequence[tuple[object, ...]]],
    key: str,
    shortest: int,
    longest: int,
) -> list[tuple[str, int]] | None:
    """``(word, count)`` of the words of ``shortest`` to ``longest`` characters whose key is
    ``key``, by length and then in the words' order (the order of table ``spellings`` read by
    length); None for an index written before the table was."""
    sql = (
        "SELECT word, n FROM spelling_keys WHERE key = ? AND len BETWEEN ? AND ?"
        " ORDER BY len, rowid"
    )
    try:
        return [(str(w), int(n)) for w, n in query(sql, (key, shortest, longest))]  # type: ignore[call-overload]
    except sqlite3.OperationalError:  # no such table
        return None


__all__ = ["SCHEMA", "read_spelling_keys", "write_spelling_keys"]
