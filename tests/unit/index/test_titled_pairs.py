"""Table ``titled_pairs`` (index/titled_pairs.py): the rows of the chunks that may write two
words title-cased, written with the index from hand-made chunks (session 22 task B4)."""

from __future__ import annotations

import sqlite3
from types import SimpleNamespace

from lrt_search.index.titled_pairs import fold, read_titled_rows, titled_keys, write_titled_pairs

CHUNKS = [
    SimpleNamespace(text="De opvang in Ter  Apel is vol."),
    SimpleNamespace(text="ter apel en Den"),
    SimpleNamespace(text="Haag, ook de Raad van State."),
    SimpleNamespace(text="Geen namen hier: ter-Apel, TER APEL."),
]


def _query(conn: sqlite3.Connection):  # type: ignore[no-untyped-def]
    return lambda sql, args: conn.execute(sql, args).fetchall()


def test_title_cased_pairs_with_their_rows_and_the_next_chunk() -> None:
    keys = titled_keys(CHUNKS)  # type: ignore[arg-type]
    assert keys["ter apel"] == [0]  # whitespace collapsed; "ter apel" and "TER APEL" are not
    assert keys["den haag"] == [1]  # across the end of chunk 1 into chunk 2
    assert "raad van" not in keys and "van state" not in keys and "de raad" not in keys
    assert "ter apel" not in {k for k, rows in keys.items() if 3 in rows}


def test_the_table_reads_the_rows_or_none() -> None:
    conn = sqlite3.connect(":memory:")
    assert read_titled_rows(_query(conn), ("ter", "apel")) is None  # no table
    write_titled_pairs(conn, CHUNKS)  # type: ignore[arg-type]
    assert read_titled_rows(_query(conn), ("Ter", "Apel")).tolist() == [0]  # type: ignore[union-attr]
    assert read_titled_rows(_query(conn), ("de", "opvang")).tolist() == []  # type: ignore[union-attr]
    assert read_titled_rows(_query(conn), ("één", "plek")).tolist() == []  # type: ignore[union-attr]
    assert read_titled_rows(_query(conn), ("μία", "plek")) is None  # not Latin letters


def test_fold_reads_the_letters_ignorecase_matches_with_ascii_ones() -> None:
    assert fold("\u0130ND") == "ind" and fold("\u017fta") == "sta" and fold("Ter") == "ter"
