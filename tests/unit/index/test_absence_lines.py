"""Table ``absence_lines`` (index/absence_lines.py): the statements of absence of each meeting,
written with the index and read per period, built here from hand-made chunks."""

from __future__ import annotations

import datetime as dt
import sqlite3
from types import SimpleNamespace

from lrt_search.index.absence_lines import (
    absence_lines,
    absence_statements,
    read_absence_lines,
    write_absence_lines,
)

DAY1, DAY2 = dt.date(2023, 4, 6), dt.date(2024, 3, 19)
CHUNKS = [
    # a header: its "Afwezig" list's entries, and the list's line ("afwezig" is a phrase too)
    SimpleNamespace(
        kind="header",
        meeting_date=DAY1,
        text="Aanwezig\tMw. Faber (AenM, voorzitter)\nAfwezig\tDhr. Jansen (IPO)\nDatum\t6 april",
    ),
    # an agenda item: only the lines holding a phrase of absence
    SimpleNamespace(
        kind="item",
        meeting_date=DAY1,
        text="Opening\n- Mw. Van Gennip kan niet aanwezig zijn.\nDe VNG licht toe.",
    ),
    SimpleNamespace(kind="item", meeting_date=DAY2, text="De ministers zijn verhinderd."),
    SimpleNamespace(kind="item", meeting_date=DAY2, text="Geen afmeldingen vandaag besproken."),
]


def _conn() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    write_absence_lines(conn, CHUNKS)  # type: ignore[arg-type]
    return conn


def _query(conn: sqlite3.Connection):
    return lambda sql, args: conn.execute(sql, args).fetchall()


def test_statements_are_afwezig_entries_and_lines_with_a_phrase() -> None:
    expected = ["Dhr. Jansen (IPO)", "Afwezig\tDhr. Jansen (IPO)"]
    assert absence_statements(CHUNKS[0]) == expected  # type: ignore[arg-type]
    assert absence_statements(CHUNKS[1]) == ["- Mw. Van Gennip kan niet aanwezig zijn."]  # type: ignore[arg-type]
    assert absence_statements(CHUNKS[3]) == []  # type: ignore[arg-type]


def test_stored_lines_are_those_of_the_chunks_by_period_in_chunk_order() -> None:
    conn = _conn()
    every = absence_lines(CHUNKS)  # type: ignore[arg-type]
    d1, d2 = DAY1.toordinal(), DAY2.toordinal()
    assert [d for d, _ in every] == [d1, d1, d1, d2]
    assert read_absence_lines(_query(conn), None, None) == every
    assert read_absence_lines(_query(conn), d1, d1) == every[:3]
    assert read_absence_lines(_query(conn), d1 + 1, None) == every[3:]
    assert read_absence_lines(_query(conn), None, d1 - 1) == []


def test_an_index_without_the_table_says_none() -> None:
    assert read_absence_lines(_query(sqlite3.connect(":memory:")), None, None) is None


def test_changed_phrases_make_the_index_stale(monkeypatch) -> None:
    # the table is found by the phrases of attendance.toml: the parser fingerprint hashes them
    # and this module's code
    from lrt_search.index import freshness

    assert "attendance.toml" in freshness.INDEX_DATA
    assert "index/absence_lines.py" in freshness.INDEX_CODE
    real = freshness.bundled_digest
    freshness.parser_fingerprint.cache_clear()
    before = freshness.parser_fingerprint()
    freshness.parser_fingerprint.cache_clear()
    monkeypatch.setattr(
        freshness, "bundled_digest", lambda n: "changed" if n == "attendance.toml" else real(n)
    )
    try:
        assert freshness.parser_fingerprint() != before
    finally:
        freshness.parser_fingerprint.cache_clear()
