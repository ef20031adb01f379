"""Table capital_words (index/capital_words.py; session 23 task A3): the words written with a
capital at each end, stored with the index so rule spoken_abbreviations decodes no chunk.
Chunks are built by hand; the table is written to an in-memory database."""

from __future__ import annotations

import datetime as dt
import sqlite3

from lrt_search.index.capital_words import capital_words, read_capital_words, write_capital_words
from lrt_search.models import Chunk, Span


def _chunk(text: str) -> Chunk:
    day = dt.date(2023, 11, 10)
    return Chunk("x", day, "item", "1", "", text, (), "x.txt", Span(1, 1))


def test_words_with_a_capital_at_each_end() -> None:
    found = capital_words(["Het COA en de SJenV; VNG's brief", "AZC-locatie, Ter Apel, B&W, X"])
    assert found == {"COA", "SJenV", "VNG", "AZC", "B&W"}


def test_the_table_holds_what_the_chunks_write_and_an_old_index_reads_none() -> None:
    conn = sqlite3.connect(":memory:")
    write_capital_words(conn, [_chunk("Het COA meldt"), _chunk("IPO en COA")])

    def query(sql: str, args: tuple[object, ...]) -> list[tuple[object, ...]]:
        return conn.execute(sql, args).fetchall()

    assert read_capital_words(query) == {"COA", "IPO"}
    assert (
        read_capital_words(lambda sql, args: sqlite3.connect(":memory:").execute(sql).fetchall())
        is None
    )
