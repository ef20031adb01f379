"""Table ``stem_rows`` (index/stem_rows.py): the rows of the chunks whose text writes a group's
stem, written with the index and read per stem, built here from hand-made texts."""

from __future__ import annotations

import sqlite3

import numpy as np

from lrt_search.index.stem_rows import read_stem_rows, rows_holding, write_stem_rows
from lrt_search.models import Chunk

TEXTS = (
    "Provincies nemen de tijd",  # 0: provincie
    "IPO herkent de geuite zorgen",  # 1: none
    "een SPUK voor GEMEENTEN en buurgemeenten",  # 2: gemeente, anywhere in a word
    "De gemeentelijke opgave; de provincie kijkt mee",  # 3: both
)


class _Text:
    def __init__(self, text: str) -> None:
        self.text = text


def _conn(stems: list[str]) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    chunks: list[Chunk] = [_Text(t) for t in TEXTS]  # type: ignore[misc]
    write_stem_rows(conn, chunks, stems)
    return conn


def _query(conn: sqlite3.Connection):
    return lambda sql, args: conn.execute(sql, args).fetchall()


def test_rows_holding_reads_the_lower_case_text_anywhere() -> None:
    found = rows_holding(TEXTS, ["gemeente", "provincie", "corporatie"])
    assert found == {"gemeente": [2, 3], "provincie": [0, 3], "corporatie": []}


def test_stored_rows_are_the_union_per_stem_sorted_and_unique() -> None:
    conn = _conn(["provincie", "gemeente", "corporatie"])
    rows = read_stem_rows(_query(conn), ["gemeente", "provincie"])
    assert rows is not None and rows.dtype == np.int64
    assert rows.tolist() == [0, 2, 3]
    assert read_stem_rows(_query(conn), ["corporatie"]).tolist() == []  # type: ignore[union-attr]
    assert read_stem_rows(_query(conn), []).tolist() == []  # type: ignore[union-attr]


def test_a_stem_not_stored_or_no_table_says_none() -> None:
    conn = _conn(["gemeente"])
    assert read_stem_rows(_query(conn), ["gemeente", "provincie"]) is None
    assert read_stem_rows(_query(sqlite3.connect(":memory:")), ["gemeente"]) is None


def test_rows_of_words_are_the_chunks_holding_a_form_of_each_word() -> None:
    # answer/names_reason.rows_of_words: the chunks that may write a phrase (compound_names).
    from array import array

    from lrt_search.answer.names_reason import rows_of_words
    from lrt_search.index.facts import CorpusFacts

    vocab = {
        "oekraine": array("i", [0, 2]),
        "oekrainers": array("i", [3]),
        "opvang": array("i", [2, 3]),
        "ipo": array("i", [1]),
    }
    facts = CorpusFacts(vocab=vocab)
    assert rows_of_words(facts, ["oekrainers", "opvang"]).tolist() == [2, 3]  # type: ignore[union-attr]
    assert rows_of_words(facts, ["ipo", "opvang"]).tolist() == []  # type: ignore[union-attr]
    assert rows_of_words(facts, []) is None  # no word: any chunk
    old = CorpusFacts(conn=sqlite3.connect(":memory:"))  # an index without word rows
    assert rows_of_words(old, ["ipo"]) is None
