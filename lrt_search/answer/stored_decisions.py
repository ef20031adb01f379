"""The decisions register read from a fresh index instead of parsing the corpus again.

The index stores every statement with its kind; a statement holds a decision or an action
exactly when the parser gave it the kind ``decision`` or ``action`` (both come from
:func:`~lrt_search.ingest.statement_kinds.find_markers`). When the index is fresh (same corpus
files, parser, alias table: :func:`~lrt_search.index.freshness.index_status`), those statements are
read from ``chunks.sqlite`` with one indexed query and turned into the same
:class:`~lrt_search.answer.decisions.Decision` entries as a parse would give; FAISS, the model
and the rest of the index are never opened.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from ..config import Settings
from ..index.chunkrows import (
    CHUNK_COLUMNS,
    STATEMENT_COLUMNS,
    checked_row,
    decode_chunk,
    decode_statement,
)
from ..lexicon.dates import DateLike
from ..lexicon.organisations import OrgTable
from ..models import Chunk, Span, Statement
from .decisions import Register, select, statement_decisions


def _columns(table: str, columns: Sequence[str]) -> str:
    return ", ".join(f"{table}.{name}" for name in columns)


_SQL = f"""
SELECT {_columns("c", CHUNK_COLUMNS)}, {_columns("s", STATEMENT_COLUMNS)}
FROM statements AS s JOIN chunks AS c ON c.row = s.chunk_row
WHERE s.kind IN ('decision', 'action') AND c.kind = 'item'
ORDER BY s.row
"""


def marked_statements(chunks_db: Path) -> Iterator[tuple[Chunk, Statement]]:
    """``(chunk, statement)`` of every statement of an item chunk that holds a decision or an
    action, in index order; the chunk carries its citation fields only (no text). Both rows are
    checked against their CRC (:mod:`lrt_search.index.chunkrows`): a rotten row is an
    :class:`~lrt_search.errors.IndexStoreError`, never altered text."""
    from ..index.lookup import connect_readonly

    conn = connect_readonly(chunks_db)
    try:
        rows = conn.execute(_SQL).fetchall()
    finally:
        conn.close()
    n = len(CHUNK_COLUMNS)
    for row in rows:
        chunk = decode_chunk(checked_row(row[:n], chunks_db), ())
        statement = decode_statement(checked_row(row[n:], chunks_db))
        # A decision cites its statement's span, not the chunk's.
        yield replace(chunk, text="", speakers=(), span=Span(0, 0, None, None, False)), statement


def index_register(
    settings: Settings,
    kind: str | Sequence[str] | None = None,
    org: str | Sequence[str] | None = None,
    since: DateLike = None,
    until: DateLike = None,
    meeting: DateLike = None,
) -> Register | None:
    """The register from the index in ``settings`` when it is fresh, else ``None`` (then
    :func:`~lrt_search.answer.decisions.corpus_register` parses the corpus)."""
    from ..index.freshness import index_status
    from ..index.manifest import current_generation

    status, _ = index_status(settings)
    generation = current_generation(Path(settings.index_dir)) if status == "fresh" else None
    if generation is None or not (generation / "chunks.sqlite").is_file():
        return None
    table = OrgTable.default(settings.organisations_file)
    found = [
        d
        for chunk, statement in marked_statements(generation / "chunks.sqlite")
        for d in statement_decisions(chunk, statement, table)
    ]
    found.sort(key=lambda d: (d.meeting_date, d.source, d.span.line_start))
    return select(found, table, kind, org, since, until, meeting)
