"""Table ``spelling_keys``: the spellings by key, in the order of the words, by length."""

from __future__ import annotations

import sqlite3

from lrt_search.index.spelling_keys import read_spelling_keys, write_spelling_keys
from lrt_search.lexicon.spelling_variants import spelling_key

SPELLINGS = {"locatie": 5, "lokatie": 1, "locaties": 2, "lokaal": 7, "hotels": 3, "hotells": 1}


def _query(conn: sqlite3.Connection):  # type: ignore[no-untyped-def]
    return lambda sql, args: conn.execute(sql, args).fetchall()


def test_the_words_of_a_key_by_length_then_word() -> None:
    conn = sqlite3.connect(":memory:")
    write_spelling_keys(conn, SPELLINGS)
    query = _query(conn)
    assert read_spelling_keys(query, spelling_key("lokatie"), 5, 9) == [
        ("locatie", 5),
        ("lokatie", 1),
    ]
    assert read_spelling_keys(query, spelling_key("hotels"), 6, 7) == [
        ("hotels", 3),
        ("hotells", 1),
    ]
    assert read_spelling_keys(query, spelling_key("hotels"), 7, 9) == [("hotells", 1)]
    assert read_spelling_keys(query, "qqq", 1, 30) == []


def test_an_index_without_the_table_reads_none() -> None:
    conn = sqlite3.connect(":memory:")
    assert read_spelling_keys(_query(conn), "locatie", 1, 30) is None
