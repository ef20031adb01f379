"""The chunks of an index: a SQLite table read row by row, plus NumPy filter columns.

Opening a :class:`ChunkStore` reads nothing but two small arrays (meeting date per chunk and the
first statement row per chunk, both memory-mapped); a chunk's text, statements and citation are
read and decoded only when a search returns it. Filters run on columns: the dates as an array,
the speaking organisations as an indexed SQL table (``chunk_speakers``), statement kinds as an
indexed column of ``statements``.

:class:`ChunkStore` and :class:`MemoryChunks` (the same interface over a list, for an index that
is being built) are read-only sequences of :class:`~lrt_search.models.Chunk`, so code that
indexes or iterates ``engine.chunks`` keeps working.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, cast, overload

import numpy as np

from ..errors import IndexStoreError
from ..models import Chunk, Statement
from . import facts as facts_module
from .chunkrows import (
    CHUNK_COLUMNS,
    STATEMENT_COLUMNS,
    checked_row,
    decode_chunk,
    decode_statement,
)
from .facts import CorpusFacts
from .lookup import connect_readonly
from .rowsets import sorted_unique

#: The files :func:`~.chunk_writing.write_chunks` writes.
FILES = ("chunks.sqlite", "chunk_dates.npy", "statement_offsets.npy", facts_module.FILE)
_CACHE_SIZE = 4096
# Every row ends with ``crc``: the CRC-32 of the columns before it (chunkrows), checked when
# the row is decoded, so bit rot anywhere in the file is an error, never altered text.
_CHUNK_COLUMNS = ", ".join(CHUNK_COLUMNS)
_STATEMENT_COLUMNS = ", ".join(STATEMENT_COLUMNS)


class _ChunkColumns:
    """What both chunk sequences offer besides indexing: filter columns and row lookups."""

    dates: np.ndarray
    statement_offsets: np.ndarray
    _facts: CorpusFacts | None = None

    @property
    def facts(self) -> CorpusFacts:
        """The corpus facts (vocabulary, attendee entries) of these chunks."""
        if self._facts is None:
            self._facts = self._load_facts()
        return self._facts

    def _load_facts(self) -> CorpusFacts:
        return CorpusFacts.from_chunks(cast("Sequence[Chunk]", self))

    @property
    def meeting_ordinals(self) -> np.ndarray:
        """The days (``date.toordinal()``) the chunks' meetings were held on, sorted and
        unique: read once from the date column per loaded index, so no question scans it."""
        found = getattr(self, "_meeting_ordinals", None)
        if found is None:
            stored = self._stored_meeting_days()
            found = sorted_unique(self.dates) if stored is None else np.array(stored)
            self._meeting_ordinals = found
        return found

    def _stored_meeting_days(self) -> list[int] | None:
        return None

    def rows_holding(self, stems: Sequence[str]) -> np.ndarray | None:
        """Sorted rows of the chunks whose lower-case text holds one of ``stems``, as stored
        with the index (:mod:`lrt_search.index.stem_rows`); None when it holds no such table
        or not every stem (chunks never written: the caller reads the chunks)."""
        return None

    def __eq__(self, other: object) -> bool:
        """Equal to any sequence holding equal chunks in the same order (a list too)."""
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        mine = cast("Sequence[Chunk]", self)
        return len(mine) == len(other) and all(a == b for a, b in zip(mine, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def row_of(self, chunk_id: str) -> int:
        """The row of a chunk id (``KeyError`` when unknown)."""
        raise NotImplementedError

    def rows_spoken_by(self, codes: Iterable[str]) -> np.ndarray:
        """Sorted rows of the chunks where any of ``codes`` speaks."""
        raise NotImplementedError

    def rows_of_kind(self, kind: str) -> np.ndarray:
        """Sorted rows of the chunks of ``kind`` ("header" or "item")."""
        raise NotImplementedError


class ChunkStore(_ChunkColumns, Sequence[Chunk]):
    """The chunks of an index generation, read from ``chunks.sqlite`` on demand."""

    def __init__(self, folder: Path, n_chunks: int) -> None:
        self.folder = folder
        self._path = folder / "chunks.sqlite"
        self._conn = connect_readonly(self._path)
        self._lock = threading.Lock()
        self._cache: OrderedDict[int, Chunk] = OrderedDict()
        self._cache_lock = threading.Lock()
        self._rows: dict[str, int] = {}
        self.dates = np.load(folder / "chunk_dates.npy", mmap_mode="r", allow_pickle=False)
        self.statement_offsets = np.load(
            folder / "statement_offsets.npy", mmap_mode="r", allow_pickle=False
        )
        self._n = n_chunks
        if len(self.dates) != n_chunks or len(self.statement_offsets) != n_chunks + 1:
            raise ValueError("chunk arrays disagree with the number of chunks")
        # Fail at load, not at the first query, when the table is not there.
        self._query("SELECT row FROM chunks LIMIT 1")
        # An index written before the per-organisation row sets filters through chunk_speakers.
        self._speaker_rows = bool(
            self._query("SELECT 1 FROM sqlite_master WHERE name = ?", ("speaker_rows",))
        )

    def _query(self, sql: str, args: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            try:
                return self._conn.execute(sql, tuple(args)).fetchall()
            except sqlite3.DatabaseError as exc:  # a damaged page: one line, never a traceback
                raise IndexStoreError(
                    self.folder / "chunks.sqlite", f"corrupt index file ({exc}); rebuild the index"
                ) from None

    def __len__(self) -> int:
        return self._n

    @overload
    def __getitem__(self, index: int) -> Chunk: ...

    @overload
    def __getitem__(self, index: slice) -> list[Chunk]: ...

    def __getitem__(self, index: int | slice) -> Chunk | list[Chunk]:
        if isinstance(index, slice):
            return self.fetch(range(*index.indices(self._n)))
        row = int(index)
        if row < 0:
            row += self._n
        if not 0 <= row < self._n:
            raise IndexError(f"chunk row {index} out of range (0..{self._n - 1})")
        with self._cache_lock:
            cached = self._cache.get(row)
            if cached is not None:
                self._cache.move_to_end(row)
                return cached
        return self.fetch([row])[0]

    def fetch(self, rows: Iterable[int]) -> list[Chunk]:
        """The chunks of ``rows`` (in that order), decoded with two SQL queries."""
        wanted = [int(r) for r in rows]
        for row in wanted:
            if not 0 <= row < self._n:
                raise IndexError(f"chunk row {row} out of range (0..{self._n - 1})")
        found: dict[int, Chunk] = {}
        with self._cache_lock:
            for row in set(wanted):
                cached = self._cache.get(row)
                if cached is not None:
                    found[row] = cached
        missing = sorted(set(wanted) - set(found))
        if len(missing) > _CACHE_SIZE // 2:  # a big read is decoded, not cached
            return list(self._iter_rows(wanted))
        for start in range(0, len(missing), 500):
            found.update(self._decode(missing[start : start + 500]))
        return [found[r] for r in wanted]

    def _decode(self, rows: list[int], keep: bool = True) -> dict[int, Chunk]:
        marks = ", ".join("?" * len(rows))
        chunk_rows = self._query(
            f"SELECT {_CHUNK_COLUMNS} FROM chunks WHERE row IN ({marks})", rows
        )
        statements: dict[int, Statement] = {}
        ranges = [
            (int(self.statement_offsets[r]), int(self.statement_offsets[r + 1])) for r in rows
        ]
        where = " OR ".join("row BETWEEN ? AND ?" for _ in ranges)
        args = [x for a, b in ranges for x in (a, b - 1)]
        for srow in self._query(f"SELECT {_STATEMENT_COLUMNS} FROM statements WHERE {where}", args):
            statements[int(srow[0])] = decode_statement(checked_row(srow, self._path))
        out = {}
        for data in chunk_rows:
            row = int(data[0])
            first, end = int(self.statement_offsets[row]), int(self.statement_offsets[row + 1])
            stmts = tuple(statements[i] for i in range(first, end))
            chunk = decode_chunk(checked_row(data, self._path), stmts)
            out[row] = chunk
            self._rows[chunk.chunk_id] = row
            if keep:
                with self._cache_lock:  # one engine may serve several threads
                    self._cache[row] = chunk
                    if len(self._cache) > _CACHE_SIZE:
                        self._cache.popitem(last=False)
        if len(out) != len(rows):
            raise ValueError(f"chunks.sqlite lacks rows {sorted(set(rows) - set(out))[:5]}")
        return out

    def _iter_rows(self, rows: list[int]) -> Iterator[Chunk]:
        for start in range(0, len(rows), 500):
            part = rows[start : start + 500]
            decoded = self._decode(sorted(set(part)), keep=False)
            yield from (decoded[r] for r in part)

    def __iter__(self) -> Iterator[Chunk]:
        return self._iter_rows(list(range(self._n)))

    def row_of(self, chunk_id: str) -> int:
        """The row of a chunk id (``KeyError`` when unknown)."""
        row = self._rows.get(chunk_id)
        if row is None:
            found = self._query("SELECT row FROM chunks WHERE chunk_id = ?", (chunk_id,))
            if not found:
                raise KeyError(chunk_id)
            row = self._rows[chunk_id] = int(found[0][0])
        return row

    def rows_spoken_by(self, codes: Iterable[str]) -> np.ndarray:
        """Sorted rows of the chunks where any of ``codes`` speaks (an indexed SQL lookup)."""
        wanted = sorted(set(codes))
        if not wanted:
            return np.zeros(0, dtype=np.int64)
        marks = ", ".join("?" * len(wanted))
        if self._speaker_rows:
            blobs = self._query(f"SELECT rows FROM speaker_rows WHERE code IN ({marks})", wanted)
            parts = [np.frombuffer(b, dtype="<i4") for (b,) in blobs]
            return sorted_unique(np.concatenate([np.zeros(0, "<i4"), *parts])).astype(np.int64)
        found = self._query(
            f"SELECT DISTINCT chunk_row FROM chunk_speakers WHERE code IN ({marks})", wanted
        )
        return np.sort(np.fromiter((r for (r,) in found), dtype=np.int64, count=len(found)))

    def rows_of_kind(self, kind: str) -> np.ndarray:
        """Sorted rows of the chunks of ``kind`` ("header" or "item"), by an indexed column."""
        found = self._query("SELECT row FROM chunks WHERE kind = ? ORDER BY row", (kind,))
        return np.fromiter((r for (r,) in found), dtype=np.int64, count=len(found))

    def statement_rows_of_kind(self, kind: str) -> np.ndarray:
        """Rows (into the statement vectors) of every statement of ``kind`` ("decision", ...)."""
        found = self._query("SELECT row FROM statements WHERE kind = ? ORDER BY row", (kind,))
        return np.fromiter((r for (r,) in found), dtype=np.int64, count=len(found))

    def _load_facts(self) -> CorpusFacts:
        return CorpusFacts.open(self.folder, fallback=self)

    def _stored_meeting_days(self) -> list[int] | None:
        return self.facts.meeting_days()

    def rows_holding(self, stems: Sequence[str]) -> np.ndarray | None:
        """See :meth:`_ChunkColumns.rows_holding`: table ``stem_rows`` of the facts."""
        return self.facts.stem_rows(stems)

    def close(self) -> None:
        """Close the database connections."""
        self._conn.close()
        if self._facts is not None:
            self._facts.close()


class MemoryChunks(_ChunkColumns, Sequence[Chunk]):
    """The :class:`ChunkStore` interface over chunks held in memory."""

    def __init__(self, chunks: Iterable[Chunk]) -> None:
        self._chunks = list(chunks)
        self.dates = np.array([c.meeting_date.toordinal() for c in self._chunks], dtype=np.int32)
        self.statement_offsets = np.cumsum([0] + [len(c.statements) for c in self._chunks])
        self._rows = {c.chunk_id: row for row, c in enumerate(self._chunks)}
        self._speakers: dict[str, list[int]] = {}
        for row, c in enumerate(self._chunks):
            for code in c.speakers:
                self._speakers.setdefault(code, []).append(row)

    def __len__(self) -> int:
        return len(self._chunks)

    @overload
    def __getitem__(self, index: int) -> Chunk: ...

    @overload
    def __getitem__(self, index: slice) -> list[Chunk]: ...

    def __getitem__(self, index: int | slice) -> Chunk | list[Chunk]:
        return self._chunks[index]

    def __iter__(self) -> Iterator[Chunk]:
        return iter(self._chunks)

    def row_of(self, chunk_id: str) -> int:
        """The row of a chunk id (``KeyError`` when unknown)."""
        return self._rows[chunk_id]

    def rows_spoken_by(self, codes: Iterable[str]) -> np.ndarray:
        """Sorted rows of the chunks where any of ``codes`` speaks."""
        rows = {r for code in codes for r in self._speakers.get(code, [])}
        return np.array(sorted(rows), dtype=np.int64)

    def rows_of_kind(self, kind: str) -> np.ndarray:
        """Sorted rows of the chunks of ``kind``."""
        return np.array([r for r, c in enumerate(self._chunks) if c.kind == kind], dtype=np.int64)


def as_chunk_columns(chunks: Sequence[Chunk]) -> ChunkStore | MemoryChunks:
    """``chunks`` with the filter columns: a store as it is, anything else in memory."""
    if isinstance(chunks, ChunkStore | MemoryChunks):
        return chunks
    return MemoryChunks(chunks)
