"""One chunk or statement as one row of ``chunks.sqlite``: its columns, its decoding, and its
CRC-32 (written with the row, checked when the row is read, so a flipped byte in the file is an
error, never altered "verbatim" text)."""

from __future__ import annotations

import datetime as dt
import json
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import IndexStoreError
from ..models import Chunk, Span, Statement

#: The columns of a chunk row and of a statement row as they are decoded, each ending with the
#: row's CRC.
CHUNK_COLUMNS = (
    "row", "chunk_id", "meeting_date", "kind", "item_number", "item_title", "text", "speakers",
    "source", "line_start", "line_end", "page_start", "page_end", "ocr", "part", "crc",
)  # fmt: skip
STATEMENT_COLUMNS = (
    "row", "text", "kind", "speakers", "level", "section", "line_start", "line_end",
    "page_start", "page_end", "ocr", "crc",
)  # fmt: skip


def row_crc(values: Sequence[Any]) -> int:
    """CRC-32 of a row's values joined by U+001F: written with the row, checked on reading."""
    return zlib.crc32("\x1f".join(map(str, values)).encode("utf-8", "surrogatepass"))


def checked_row(row: tuple[Any, ...], path: Path) -> tuple[Any, ...]:
    """``row`` without its trailing CRC, or :class:`IndexStoreError` when they disagree."""
    values = row[:-1]
    if row_crc(values) != row[-1]:
        raise IndexStoreError(
            path, f"corrupt index file (row {row[0]} fails its checksum); rebuild the index"
        )
    return values


def span_row(span: Span) -> tuple[int, int, int | None, int | None, int]:
    """The span columns of a row."""
    return span.line_start, span.line_end, span.page_start, span.page_end, int(span.ocr)


def _span(start: Any, end: Any, page_start: Any, page_end: Any, ocr: Any) -> Span:
    return Span(int(start or 0), int(end or 0), page_start, page_end, bool(ocr))


def decode_statement(row: tuple[Any, ...]) -> Statement:
    """A statement from its row (CRC removed)."""
    _, text, kind, speakers, level, section, *span = row
    return Statement(
        text=text,
        span=_span(*span),
        speakers=tuple(json.loads(speakers)),
        kind=kind,
        level=int(level),
        section=section,
    )


def decode_chunk(row: tuple[Any, ...], statements: tuple[Statement, ...]) -> Chunk:
    """A chunk from its row (CRC removed) and its statements."""
    (_, chunk_id, date, kind, item_number, item_title, text, speakers, source, *rest) = row
    *span, part = rest
    return Chunk(
        chunk_id=chunk_id,
        meeting_date=dt.date.fromisoformat(date),
        kind=kind,
        item_number=item_number,
        item_title=item_title,
        text=text,
        speakers=tuple(json.loads(speakers)),
        source=source,
        span=_span(*span),
        statements=statements,
        part=int(part),
    )
