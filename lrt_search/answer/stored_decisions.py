"""The decisions register read from a fresh index instead of parsing the corpus again.

When an index is written, every decision and action of its chunks (what
:func:`~lrt_search.answer.decisions.all_decisions` finds: the clause, its kind and the
organisations that must act) is stored as one row of the ``register`` table of
``facts.sqlite``, in register order, with a CRC per row and the fingerprint of the code that
found them (:func:`register_code`). When the index is fresh (same corpus files, parser, alias
table: :func:`~lrt_search.index.freshness.index_status`), ``decisions`` reads those rows and
nothing else: no chunk is decoded, no statement is parsed, and FAISS, NumPy and the model are
never opened.

An index written before the table existed, or by other register code, still gives the register
from its statements (kind ``decision``/``action``, one indexed SQL join; the clauses and their
organisations worked out again); a stale index gives ``None`` and the caller parses the corpus.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..config import Settings
from ..errors import IndexStoreError
from ..index.chunkrows import (
    CHUNK_COLUMNS,
    STATEMENT_COLUMNS,
    checked_row,
    decode_chunk,
    decode_statement,
    row_crc,
    span_row,
)
from ..lexicon.dates import DateLike
from ..models import Chunk, Span, Statement
from .decisions import Decision, Register, select

if TYPE_CHECKING:
    from ..lexicon.organisations import OrgTable

#: The file and table the register rows are stored in (written with the corpus facts).
FACTS_FILE = "facts.sqlite"
REGISTER_SCHEMA = """
CREATE TABLE register (
    entry INTEGER PRIMARY KEY, meeting_date TEXT NOT NULL, item TEXT NOT NULL,
    item_title TEXT NOT NULL, kind TEXT NOT NULL, orgs TEXT NOT NULL, text TEXT NOT NULL,
    statement TEXT NOT NULL, speakers TEXT NOT NULL, chunk_id TEXT NOT NULL,
    source TEXT NOT NULL, line_start INTEGER, line_end INTEGER, page_start INTEGER,
    page_end INTEGER, ocr INTEGER NOT NULL, crc INTEGER NOT NULL
);
CREATE TABLE register_code (code TEXT NOT NULL);
"""
_SEP = "\x1f"  # joins organisation codes and speakers (neither holds control characters)


@cache
def register_code() -> str:
    """Hash of the code that finds the decisions and stores them (this module and
    :mod:`~lrt_search.answer.decisions`; the parser and alias table are part of the index's
    freshness): rows written by other code are not read."""
    digest = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for name in ("decisions.py", "stored_decisions.py"):
        digest.update(name.encode() + b"\0" + (here / name).read_bytes())
    return digest.hexdigest()[:16]


def _row(entry: int, d: Decision) -> tuple[object, ...]:
    values = (
        entry,
        d.meeting_date.isoformat(),
        d.item,
        d.item_title,
        d.kind,
        _SEP.join(d.orgs),
        d.text,
        d.statement,
        _SEP.join(d.speakers),
        d.chunk_id,
        d.source,
        *span_row(d.span),
    )
    return (*values, row_crc(values))


def write_register(
    conn: sqlite3.Connection, chunks: Iterable[Chunk], organisations_file: Path | None = None
) -> None:
    """Find every decision and action of ``chunks`` (with the alias table of
    ``organisations_file``) and write them into the ``register`` table of ``conn``."""
    from ..lexicon.organisations import OrgTable
    from .decisions import all_decisions

    found = all_decisions(chunks, OrgTable.default(organisations_file))
    conn.executescript(REGISTER_SCHEMA)
    conn.execute("INSERT INTO register_code VALUES (?)", (register_code(),))
    conn.executemany(
        f"INSERT INTO register VALUES ({', '.join('?' * 17)})",
        (_row(i, d) for i, d in enumerate(found)),
    )


def _decision(values: tuple[Any, ...]) -> Decision:
    """A :class:`Decision` from its row (CRC removed). Built without the dataclass's
    ``__init__`` (a frozen one sets each of its 11 fields through ``object.__setattr__``:
    0.4 s of 47k rows at 100k chunks); the equal spans, organisation tuples and dates of the
    rows are shared (all three are immutable)."""
    (_, date, item, title, kind, orgs, text, statement, speakers, chunk_id, source, *span) = values
    decision = _NEW(Decision)
    decision.__dict__.update(
        meeting_date=_date(date),
        item=item,
        item_title=title,
        kind=kind,
        orgs=_names(orgs),
        text=text,
        statement=statement,
        speakers=_names(speakers),
        chunk_id=chunk_id,
        source=source,
        span=_span(*span),
    )
    return decision


_NEW = object.__new__


@lru_cache(maxsize=1 << 16)
def _names(joined: str) -> tuple[str, ...]:
    return tuple(joined.split(_SEP)) if joined else ()


@lru_cache(maxsize=1 << 16)
def _span(start: Any, end: Any, page_start: Any, page_end: Any, ocr: Any) -> Span:
    return Span(int(start or 0), int(end or 0), page_start, page_end, bool(ocr))


@cache
def _date(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def stored_register(facts_db: Path) -> list[Decision] | None:
    """The decisions stored in ``facts_db`` in register order, or ``None`` when it holds none
    written by this code (an older index, other register code). A row that fails its CRC is
    an :class:`~lrt_search.errors.IndexStoreError`, never altered text."""
    from ..index.lookup import connect_readonly

    try:
        conn = connect_readonly(facts_db)
    except FileNotFoundError:
        return None
    try:
        code = conn.execute("SELECT code FROM register_code").fetchone()
        if code is None or code[0] != register_code():
            return None
        rows = conn.execute("SELECT * FROM register ORDER BY entry").fetchall()
    except sqlite3.OperationalError:  # no such table: written before the register was
        return None
    finally:
        conn.close()
    return [_decision(checked_row(row, facts_db)) for row in rows]


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


def _from_statements(chunks_db: Path, settings: Settings) -> list[Decision]:
    """The decisions of the marked statements of ``chunks_db``, worked out again."""
    from ..lexicon.organisations import OrgTable
    from .decisions import statement_decisions, without_repeats

    table = OrgTable.default(settings.organisations_file)
    found = [
        d
        for chunk, statement in marked_statements(chunks_db)
        for d in statement_decisions(chunk, statement, table)
    ]
    found.sort(key=lambda d: (d.meeting_date, d.source, d.span.line_start))
    return without_repeats(found)


def engine_decisions(
    chunks: Sequence[Chunk], manifest: Mapping[str, Any], settings: Settings, table: OrgTable
) -> list[Decision]:
    """Every decision of an engine's ``chunks``: the rows stored with its index when they were
    found with the alias table of ``settings`` (the manifest's hash), else worked out from the
    chunks (which decodes every chunk: an index being built, or an older one)."""
    from ..index.freshness import organisations_hash
    from .decisions import all_decisions

    folder = getattr(chunks, "folder", None)
    if folder is not None and manifest.get("organisations") == organisations_hash(settings):
        found = stored_register(Path(folder) / FACTS_FILE)
        if found is not None:
            return found
    return all_decisions(chunks, table)


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
    try:
        found = stored_register(generation / FACTS_FILE)
    except sqlite3.DatabaseError as exc:
        raise IndexStoreError(generation / FACTS_FILE, f"corrupt index file ({exc})") from None
    if found is None:
        found = _from_statements(generation / "chunks.sqlite", settings)
    table = None
    if org:  # the alias table is read only to resolve an organisation filter
        from ..lexicon.organisations import OrgTable

        table = OrgTable.default(settings.organisations_file)
    return select(found, table, kind, org, since, until, meeting)
