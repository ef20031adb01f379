"""Table ``named_rows`` (index/named_rows.py): each organisation's rows of the chunks with a
statement that mentions it or that it speaks, written with the index from hand-made chunks."""

from __future__ import annotations

import sqlite3
from types import SimpleNamespace

from lrt_search.config import Settings
from lrt_search.index.named_rows import (
    alias_options,
    named_pairs,
    read_named_rows,
    write_named_rows,
)


def _said(text: str, *speakers: str) -> SimpleNamespace:
    return SimpleNamespace(text=text, speakers=speakers)


CHUNKS = [
    SimpleNamespace(statements=[_said("De IND licht de instroom toe.", "VNG")]),
    SimpleNamespace(statements=[_said("Nidos vraagt om meer plekken."), _said("Geen nieuws.")]),
    SimpleNamespace(statements=[_said("Wij zien dat ook.", "IND")]),
    SimpleNamespace(statements=[_said("Er zijn kerncentrales besproken.")]),
]


def _query(conn: sqlite3.Connection):  # type: ignore[no-untyped-def]
    return lambda sql, args: conn.execute(sql, args).fetchall()


def test_pairs_are_mentions_and_speakers() -> None:
    pairs = named_pairs(CHUNKS)  # type: ignore[arg-type]
    assert {("IND", 0), ("VNG", 0), ("IND", 2)} <= pairs
    assert ("Nidos", 1) in pairs
    assert not any(r == 3 for _c, r in pairs)


def test_read_rows_of_codes() -> None:
    conn = sqlite3.connect(":memory:")
    write_named_rows(conn, CHUNKS)  # type: ignore[arg-type]
    options = alias_options(Settings())
    rows = read_named_rows(_query(conn), ["IND"], options)
    assert rows is not None and rows.tolist() == [0, 2]
    both = read_named_rows(_query(conn), ["IND", "VNG"], options)
    assert both is not None and both.tolist() == [0, 2]
    none = read_named_rows(_query(conn), ["XYZ"], options)
    assert none is not None and none.tolist() == []


def test_other_options_or_no_table_read_none() -> None:
    conn = sqlite3.connect(":memory:")
    write_named_rows(conn, CHUNKS)  # type: ignore[arg-type]
    other = alias_options(Settings().replace(org_groups=False))
    assert read_named_rows(_query(conn), ["IND"], other) is None
    assert read_named_rows(_query(sqlite3.connect(":memory:")), ["IND"], "1,1,1") is None


def test_fingerprint_covers_the_module() -> None:
    import lrt_search.index.freshness as freshness

    assert "index/named_rows.py" in freshness.INDEX_CODE
