"""Writing the chunks of an index: the SQLite tables that :class:`~.chunkstore.ChunkStore`
reads row by row (every row with the CRC-32 of its columns, :mod:`.chunkrows`), the filter
arrays (meeting date and first statement row per chunk) and the corpus facts (:mod:`.facts`).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..models import Chunk
from .chunkrows import row_crc, span_row
from .facts import speaker_blobs, write_facts

_SCHEMA = """
CREATE TABLE chunks (
    row INTEGER PRIMARY KEY, chunk_id TEXT NOT NULL UNIQUE, meeting_date TEXT NOT NULL,
    kind TEXT NOT NULL, item_number TEXT, item_title TEXT NOT NULL, text TEXT NOT NULL,
    speakers TEXT NOT NULL, source TEXT NOT NULL, line_start INTEGER, line_end INTEGER,
    page_start INTEGER, page_end INTEGER, ocr INTEGER NOT NULL, part INTEGER NOT NULL,
    first_statement INTEGER NOT NULL, n_statements INTEGER NOT NULL, crc INTEGER NOT NULL
);
CREATE TABLE statements (
    row INTEGER PRIMARY KEY, chunk_row INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL,
    speakers TEXT NOT NULL, level INTEGER NOT NULL, section TEXT, line_start INTEGER,
    line_end INTEGER, page_start INTEGER, page_end INTEGER, ocr INTEGER NOT NULL,
    crc INTEGER NOT NULL
);
CREATE INDEX statements_kind ON statements (kind, chunk_row);
CREATE INDEX chunks_kind ON chunks (kind, row);
CREATE TABLE chunk_speakers (
    code TEXT NOT NULL, chunk_row INTEGER NOT NULL, PRIMARY KEY (code, chunk_row)
) WITHOUT ROWID;
CREATE TABLE speaker_rows (code TEXT PRIMARY KEY, rows BLOB NOT NULL) WITHOUT ROWID;
"""


def write_chunks(
    folder: Path, chunks: Sequence[Chunk], organisations_file: Path | None = None
) -> None:
    """Write ``chunks`` into ``folder``: the SQLite table, the filter arrays and the corpus
    facts (:mod:`.facts`; the decisions register with the alias table of
    ``organisations_file``)."""
    conn = sqlite3.connect(folder / "chunks.sqlite")
    offsets = np.zeros(len(chunks) + 1, dtype=np.int64)
    try:
        conn.execute("PRAGMA journal_mode=OFF")
        conn.executescript(_SCHEMA)
        chunk_rows: list[tuple[Any, ...]] = []
        statement_rows: list[tuple[Any, ...]] = []
        speaker_rows: set[tuple[str, int]] = set()
        for row, c in enumerate(chunks):
            first = int(offsets[row])
            offsets[row + 1] = first + len(c.statements)
            values = (
                row,
                c.chunk_id,
                c.meeting_date.isoformat(),
                c.kind,
                c.item_number,
                c.item_title,
                c.text,
                json.dumps(list(c.speakers), ensure_ascii=False),
                c.source,
                *span_row(c.span),
                c.part,
            )
            chunk_rows.append((*values, first, len(c.statements), row_crc(values)))
            for i, s in enumerate(c.statements):
                stmt = (
                    first + i,
                    s.text,
                    s.kind,
                    json.dumps(list(s.speakers), ensure_ascii=False),
                    s.level,
                    s.section,
                    *span_row(s.span),
                )
                statement_rows.append((stmt[0], row, *stmt[1:], row_crc(stmt)))
            speaker_rows.update((code, row) for code in c.speakers)
        conn.executemany(f"INSERT INTO chunks VALUES ({', '.join('?' * 18)})", chunk_rows)
        conn.executemany(f"INSERT INTO statements VALUES ({', '.join('?' * 13)})", statement_rows)
        conn.executemany("INSERT INTO chunk_speakers VALUES (?, ?)", sorted(speaker_rows))
        conn.executemany("INSERT INTO speaker_rows VALUES (?, ?)", speaker_blobs(speaker_rows))
        conn.commit()
    finally:
        conn.close()
    dates = np.array([c.meeting_date.toordinal() for c in chunks], dtype=np.int32)
    np.save(folder / "chunk_dates.npy", dates)
    np.save(folder / "statement_offsets.npy", offsets)
    write_facts(folder, chunks, organisations_file)
