"""The rows of the chunks each organisation is named in, stored with the index (issue 16).

Rule ``reason_names_minutes`` (:mod:`lrt_search.answer.names_reason`) looks for a statement of
the period that names every focus name of the question; a name an organisation stands for
("IND", "Nidos") is also satisfied by a statement that mentions that organisation (through the
alias table) or that it speaks. Word rows cannot narrow such a name, so the rule decoded every
chunk of the period (at 100k chunks, 3,889 chunks and 6.2 s CPU for a year). The table
``named_rows`` of ``facts.sqlite`` holds, for each organisation code, the rows of the chunks with
a statement that mentions it (:meth:`~lrt_search.lexicon.organisations.OrgTable.mentions`, the
question side's own alias patterns) or that it speaks, with the alias options the table was
found with (``named_options``). The manifest's organisations hash (the bundled table and
``organisations_file``) makes an index stale when the aliases change; other alias options than
the stored ones, or an index without the table, read None and the caller decodes as before.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from .rowsets import grouped_blobs, sorted_unique

if TYPE_CHECKING:
    import numpy as np

    from ..config import Settings
    from ..models import Chunk

SCHEMA = """
CREATE TABLE named_rows (code TEXT PRIMARY KEY, rows BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE named_options (options TEXT NOT NULL);
"""


def alias_options(settings: Settings) -> str:
    """The alias options of ``settings`` that change what a text mentions, as one string."""
    flags = (settings.org_full_names, settings.org_groups, settings.org_longest_title)
    return ",".join(str(int(f)) for f in flags)


def named_pairs(
    chunks: Iterable[Chunk], organisations_file: Path | None = None
) -> set[tuple[str, int]]:
    """``(code, row)`` for each organisation mentioned in, or speaking, a statement of chunk
    ``row`` of ``chunks``, by the alias table of the default settings
    and ``organisations_file``."""
    from ..config import Settings
    from ..lexicon.organisations import OrgTable

    s = Settings()
    table = OrgTable.default(
        organisations_file, s.org_full_names, s.org_groups, s.org_longest_title
    )
    pairs: set[tuple[str, int]] = set()
    for row, chunk in enumerate(chunks):
        for said in chunk.statements:
            codes = {m.code for m in table.mentions(said.text)} | set(said.speakers)
            pairs.update((code, row) for code in codes)
    return pairs


def write_named_rows(
    conn: sqlite3.Connection, chunks: Iterable[Chunk], organisations_file: Path | None = None
) -> None:
    """Create and fill tables ``named_rows`` and ``named_options`` of ``conn`` over ``chunks``."""
    from ..config import Settings

    conn.executescript(SCHEMA)
    conn.execute("INSERT INTO named_options VALUES (?)", (alias_options(Settings()),))
    blobs = grouped_blobs(named_pairs(chunks, organisations_file))
    conn.executemany("INSERT INTO named_rows VALUES (?, ?)", blobs)


def read_named_rows(
    query: Callable[[str, tuple[object, ...]], Sequence[tuple[object, ...]]],
    codes: Iterable[str],
    options: str,
) -> np.ndarray | None:
    """The sorted rows of the chunks naming any of ``codes`` (table ``named_rows`` through
    ``query``); None when the index was written before the table was, or with other alias
    ``options`` (:func:`alias_options`)."""
    import numpy as np

    wanted = sorted(set(codes))
    marks = ", ".join("?" * len(wanted))
    try:
        if [o for (o,) in query("SELECT options FROM named_options", ())] != [options]:
            return None
        blobs = query(f"SELECT rows FROM named_rows WHERE code IN ({marks})", tuple(wanted))
    except sqlite3.OperationalError:  # no such table
        return None
    parts = [np.frombuffer(cast(bytes, b), dtype="<i4") for (b,) in blobs]
    return sorted_unique(np.concatenate([np.zeros(0, "<i4"), *parts])).astype(np.int64)


__all__ = ["SCHEMA", "alias_options", "named_pairs", "read_named_rows", "write_named_rows"]
