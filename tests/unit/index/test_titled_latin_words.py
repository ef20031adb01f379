"""Table ``titled_pairs`` read for words of Latin letters other than ASCII ones ("Oekraïense";
session 26 task H3): the key folded as the table's builder folds, and every title-cased match
of the pattern ``typed_spelling.pair_matches`` reads stands in a row the table gives. Inputs
built by hand."""

from __future__ import annotations

import re
import sqlite3
from types import SimpleNamespace

import pytest

from lrt_search.index.titled_pairs import fold, read_titled_rows, write_titled_pairs

CHUNKS = [
    SimpleNamespace(text="Over de Oekraïense Ontheemden in Curaçao."),
    SimpleNamespace(text="oekraïense ontheemden, OEKRAÏENSE ONTHEEMDEN en de Oekraïense"),
    SimpleNamespace(text="Ontheemden; ook Ærø Eiland en ǅemal Bijedić."),
    SimpleNamespace(text="De Straße Oost, de STRASSE Oost en \u212aelvin Sta."),
]


def _rows(pair: tuple[str, str]) -> list[int] | None:
    conn = sqlite3.connect(":memory:")
    write_titled_pairs(conn, CHUNKS)  # type: ignore[arg-type]
    found = read_titled_rows(lambda sql, args: conn.execute(sql, args).fetchall(), pair)
    return None if found is None else found.tolist()


def _titled_rows(pair: tuple[str, str]) -> list[int]:
    """The rows whose text joined to the next chunk's writes ``pair`` title-cased, read as
    ``typed_spelling.pair_matches`` reads them (the whole corpus, no table)."""
    texts = [" ".join(c.text.split()) for c in CHUNKS]
    pattern = re.compile(rf"(?<!\w){re.escape(' '.join(pair))}(?!\w)", re.IGNORECASE)
    joined = [f"{t} {texts[r + 1]}" if r + 1 < len(texts) else t for r, t in enumerate(texts)]
    return [r for r, t in enumerate(joined) if any(m.istitle() for m in pattern.findall(t))]


@pytest.mark.parametrize(
    "pair",
    [
        ("oekraïense", "ontheemden"),
        ("OEKRAÏENSE", "Ontheemden"),
        ("in", "curaçao"),
        ("ærø", "eiland"),
        ("ǆemal", "bijedić"),
        ("straße", "oost"),
        ("kelvin", "sta"),
        ("de", "oekraïense"),
    ],
)
def test_a_pair_of_latin_letters_reads_the_rows_of_its_titled_matches(
    pair: tuple[str, str],
) -> None:
    rows = _rows(pair)
    assert rows is not None and set(_titled_rows(pair)) <= set(rows)


def test_the_rows_of_a_non_ascii_pair() -> None:
    assert _rows(("oekraïense", "ontheemden")) == [0, 1]  # chunk 1 ends "de Oekraïense"
    assert _rows(("Straße", "Oost")) == [2, 3]  # row 2 joined to row 3
    assert fold("Oekraïense") == "oekraïense"


def test_other_letters_are_read_as_before() -> None:
    assert _rows(("ελλάδα", "oost")) is None  # Greek: its letters fold otherwise under re.I
    assert _rows(("µ", "oost")) is None  # the micro sign matches Greek mu
    assert _rows(("noord-holland", "oost")) is None  # not one run of letters
