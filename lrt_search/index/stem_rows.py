"""The rows of the chunks whose text writes a stem, stored with the index (issue 16 item 7).

Rule ``group_speaker_subject`` (:mod:`lrt_search.search.group_speaker`) lets the passages that
write a group ("Provincies nemen de tijd") pass a speaker filter: the chunks whose text, in
lower case, holds one of the group's stems anywhere ("gemeente" in "Gemeenten",
"buurgemeenten", "gemeentelijke"). Deciding that on a question decoded and lower-cased every
chunk (at 100k chunks a full scan of the chunk store); the table ``stem_rows`` of
``facts.sqlite`` holds, for each stem known when the index was written, the rows of those chunks
(ascending, int32 bytes), so a question reads one value per stem. A stem added to the lexicon
after the index was written is not in the table: :func:`read_stem_rows` then says None and the
caller decides it from the chunks as before (the same rows, the old cost).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, cast

from ..models import Chunk

if TYPE_CHECKING:
    import numpy as np

SCHEMA = "CREATE TABLE stem_rows (stem TEXT PRIMARY KEY, rows BLOB NOT NULL) WITHOUT ROWID;"


def rows_holding(texts: Iterable[str], stems: Sequence[str]) -> dict[str, list[int]]:
    """Each of ``stems`` (lower case) with the rows of ``texts`` whose lower case holds it."""
    found: dict[str, list[int]] = {s: [] for s in stems}
    for row, text in enumerate(texts):
        lower = text.lower()
        for stem in stems:
            if stem in lower:
                found[stem].append(row)
    return found


def write_stem_rows(
    conn: sqlite3.Connection, chunks: Sequence[Chunk], stems: Sequence[str]
) -> None:
    """Create and fill table ``stem_rows`` of ``conn`` for ``stems`` over ``chunks``."""
    import numpy as np

    conn.executescript(SCHEMA)
    held = rows_holding((c.text for c in chunks), sorted(set(stems)))
    conn.executemany(
        "INSERT INTO stem_rows VALUES (?, ?)",
        ((s, np.array(rows, dtype="<i4").tobytes()) for s, rows in sorted(held.items())),
    )


def read_stem_rows(
    query: Callable[[str, tuple[object, ...]], Sequence[tuple[object, ...]]], stems: Sequence[str]
) -> np.ndarray | None:
    """The rows (sorted, unique, int64) of the chunks holding any of ``stems``, from table
    ``stem_rows`` through ``query`` (sql, args) -> rows; None when the table or one of the stems
    is not stored (an index written before it, or before the stem was added)."""
    import numpy as np

    from .rowsets import sorted_unique

    wanted = sorted(set(stems))
    if not wanted:
        return np.zeros(0, dtype=np.int64)
    marks = ", ".join("?" * len(wanted))
    try:
        found = query(f"SELECT stem, rows FROM stem_rows WHERE stem IN ({marks})", tuple(wanted))
    except sqlite3.OperationalError:  # no such table
        return None
    if len(found) != len(wanted):
        return None
    blobs = [np.frombuffer(cast(bytes, blob), dtype="<i4") for _, blob in found]
    return sorted_unique(np.concatenate(blobs)).astype(np.int64)


__all__ = ["SCHEMA", "read_stem_rows", "rows_holding", "write_stem_rows"]
