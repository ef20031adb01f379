"""The rows of the chunks that write two words as a name (each capitalised), stored with the
index (issue 16, session 22 task B4).

Rule ``spelling_read_first`` (:mod:`lrt_search.search.typed_spelling`) asks whether the minutes
write a pair of words as a name ("Ter Apel"): a match of the pair (any case, one space between
the words, the text of a chunk joined to the next one's) that is title-cased. Word rows narrow
the read to the chunks holding both words, but when no chunk writes the pair with capitals every
such chunk was decoded ("provincies ... bij de indeplaatstelling": 603 of 2,000 synthetic
chunks). Table ``titled_pairs`` of ``facts.sqlite`` holds, for each pair of adjacent word runs
(``\\w+``, one space apart in a chunk's whitespace-collapsed text joined by a space to the next
chunk's) whose two words together are title-cased, the rows of the chunks where it stands, keyed
by the two words folded (:func:`fold`). For a pair of Latin letters (ASCII and U+00C0-U+024F:
"Oekraïense", "Curaçao"; session 26 task H3, before only ASCII) every title-cased match of the
rule's pattern is such a run pair with the same key (each letter ``re.IGNORECASE`` matches with
one of these folds as it does: checked over every code point), so the rows that may hold one are
the table's rows: an exact narrowing. Any other pair, or an index without the table, reads None
and the caller reads as before.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING, cast

from ..lazyre import lazy

if TYPE_CHECKING:
    import numpy as np

    from ..models import Chunk

SCHEMA = "CREATE TABLE titled_pairs (pair TEXT PRIMARY KEY, rows BLOB NOT NULL) WITHOUT ROWID;"

_RUN = lazy(r"\w+")
#: The letters a pair is looked up with: ASCII and Latin-1 to Latin Extended-B, not × and ÷.
_LATIN_WORD = lazy(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+")
#: The letters other than ASCII ones that ``re.IGNORECASE`` matches with an ASCII letter.
_SPECIAL = {"\u0130": "i", "\u0131": "i", "\u212a": "k", "\u017f": "s"}


def fold(word: str) -> str:
    """``word`` lower-cased letter by letter, the letters ``re.IGNORECASE`` matches with an
    ASCII letter read as that letter."""
    return "".join(_SPECIAL.get(c, c.lower()) for c in word)


def _titled(text: str) -> Iterator[str]:
    runs = list(_RUN.finditer(text))
    for a, b in pairwise(runs):
        apart = b.start() == a.end() + 1 and text[a.end()] == " "
        if apart and f"{a.group()} {b.group()}".istitle():
            yield f"{fold(a.group())} {fold(b.group())}"


def titled_keys(chunks: Sequence[Chunk]) -> dict[str, list[int]]:
    """Each folded title-cased pair of ``chunks`` with the rows (ascending) where it stands:
    row ``r`` for a pair in chunk ``r``'s collapsed text joined by a space to chunk ``r + 1``'s."""
    texts = [" ".join(c.text.split()) for c in chunks]
    found: dict[str, list[int]] = {}
    for row, text in enumerate(texts):
        joined = f"{text} {texts[row + 1]}" if row + 1 < len(texts) else text
        for key in dict.fromkeys(_titled(joined)):
            found.setdefault(key, []).append(row)
    return found


def write_titled_pairs(conn: sqlite3.Connection, chunks: Sequence[Chunk]) -> None:
    """Create and fill table ``titled_pairs`` of ``conn`` over ``chunks``."""
    import numpy as np

    conn.executescript(SCHEMA)
    blobs = (
        (k, np.array(r, dtype="<i4").tobytes()) for k, r in sorted(titled_keys(chunks).items())
    )
    conn.executemany("INSERT INTO titled_pairs VALUES (?, ?)", blobs)


def read_titled_rows(
    query: Callable[[str, tuple[object, ...]], Sequence[tuple[object, ...]]],
    pair: tuple[str, str],
) -> np.ndarray | None:
    """The rows (ascending) of the chunks that may write ``pair`` title-cased (table
    ``titled_pairs`` through ``query``, keyed as the table's builder folds: :func:`fold`); None
    for a word that is not of Latin letters only, or an index written before the table was."""
    import numpy as np

    if not all(_LATIN_WORD.fullmatch(w) for w in pair):
        return None
    key = " ".join(fold(w) for w in pair)
    try:
        found = query("SELECT rows FROM titled_pairs WHERE pair = ?", (key,))
    except sqlite3.OperationalError:  # no such table
        return None
    if not found:
        return np.zeros(0, dtype=np.int64)
    return np.frombuffer(cast(bytes, found[0][0]), dtype="<i4").astype(np.int64)


__all__ = ["SCHEMA", "fold", "read_titled_rows", "titled_keys", "write_titled_pairs"]
