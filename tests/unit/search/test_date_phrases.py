"""Rule ``date_words_read``: the table of dates as people say and write them
(tests/data/date_phrases.toml: a day in digits, "3e"/"3rd", ordinal or number words, a month
by name or abbreviation, a year in digits, "'23" or words, "twintig drieëntwintig", "twenty
twenty-three", "two thousand and twenty-three", in the orders of Dutch and English; written by
eval/make_date_phrases.py) is read as the table says, and the generator still writes it."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from lrt_search.search.date_words import read_date_words
from lrt_search.search.parsed import question_period

ROOT = Path(__file__).resolve().parents[3]
TABLE = tomllib.loads((ROOT / "tests" / "data" / "date_phrases.toml").read_text("utf-8"))
ROWS = TABLE["row"]


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def _read(question: str) -> tuple[str, str]:
    read, _ = read_date_words(question)
    since, until, _ = question_period(read, True, None, spans=True)
    return _iso(since), _iso(until)


def test_the_table_is_written_by_its_generator() -> None:
    table = ROOT / "tests" / "data" / "date_phrases.toml"
    before = table.read_text("utf-8")
    subprocess.run([sys.executable, str(ROOT / "eval" / "make_date_phrases.py")], check=True)
    assert table.read_text("utf-8") == before
    assert len(ROWS) > 1000


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['lang']}:{r['phrase']}" for r in ROWS])
def test_every_date_reads_as_the_table_says(row: dict[str, object]) -> None:
    question = str(TABLE[f"carrier_{row['lang']}"]).format(phrase=row["phrase"])
    want = ("", "") if row.get("read", True) is False else (row["since"], row["until"])
    assert _read(question) == want
