"""Read-only term lookups backed by SQLite, so an index opens without parsing its vocabularies.

A vocabulary of 100k+ terms costs tens of milliseconds to parse from JSON into a ``dict`` or
``set`` at every start; an indexed SQLite table answers the few lookups a query makes in
microseconds and costs nothing to open. :class:`TermTable` behaves as a read-only
``Mapping[str, int]`` (term -> value) and therefore also as a container of terms.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection to an index database that never changes after it is written.

    ``immutable=1`` tells SQLite the file cannot change, so it takes no locks and writes no
    journal; the connection may be shared between threads (callers serialise with a lock).
    """
    if not path.is_file():
        raise FileNotFoundError(path)
    uri = f"file:{path.resolve().as_posix()}?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True, check_same_thread=False)


def write_terms(path: Path, items: Iterable[tuple[str, int]], table: str = "terms") -> None:
    """Write a term table (term -> integer value) into the SQLite file at ``path``."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute(f"CREATE TABLE {table} (term TEXT PRIMARY KEY, value INTEGER) WITHOUT ROWID")
        conn.executemany(f"INSERT INTO {table} VALUES (?, ?)", items)
        conn.commit()
    finally:
        conn.close()


class TermTable(Mapping[str, int]):
    """A read-only ``term -> value`` mapping stored in SQLite (see :func:`write_terms`)."""

    def __init__(self, path: Path, table: str = "terms") -> None:
        if not table.isidentifier():
            raise ValueError(f"bad table name {table!r}")
        self.path = path
        self.table = table
        self._conn = connect_readonly(path)
        self._lock = threading.Lock()
        self._len: int | None = None
        # Fail now, not at the first query, when the file is not a term table.
        self._fetch(f"SELECT value FROM {self.table} LIMIT 1")

    def _fetch(self, sql: str, args: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        with self._lock:
            return self._conn.execute(sql, args).fetchall()

    def __getitem__(self, term: str) -> int:
        if not isinstance(term, str):
            raise KeyError(term)
        rows = self._fetch(f"SELECT value FROM {self.table} WHERE term = ?", (term,))
        if not rows:
            raise KeyError(term)
        return int(rows[0][0])  # type: ignore[call-overload]

    def __contains__(self, term: object) -> bool:
        return isinstance(term, str) and bool(
            self._fetch(f"SELECT 1 FROM {self.table} WHERE term = ?", (term,))
        )

    def __iter__(self) -> Iterator[str]:
        for (term,) in self._fetch(f"SELECT term FROM {self.table} ORDER BY term"):
            yield str(term)

    def in_range(self, low: str, high: str) -> list[str]:
        """The terms ``t`` with ``low <= t < high`` (code point order), sorted: one range
        query on the primary key."""
        rows = self._fetch(
            f"SELECT term FROM {self.table} WHERE term >= ? AND term < ? ORDER BY term",
            (low, high),
        )
        return [str(term) for (term,) in rows]

    def __len__(self) -> int:
        if self._len is None:
            self._len = int(self._fetch(f"SELECT count(*) FROM {self.table}")[0][0])  # type: ignore[call-overload]
        return self._len

    def close(self) -> None:
        """Close the database connection."""
        self._conn.close()
