"""Rule ``topic_period_covered``: the table of statements that cover a topic period and of the
periods the bundled corpus covers (tests/data/period_covered.toml, written by
eval/make_period_covered.py): every row reads as the table says; the generator still writes it."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from lrt_search.answer.period_covered import covers, near, written

ROOT = Path(__file__).resolve().parents[3]
TABLE_PATH = ROOT / "tests" / "data" / "period_covered.toml"
ROWS = tomllib.loads(TABLE_PATH.read_text("utf-8"))["row"]
#: The meetings of the bundled corpus (corpus/*.txt).
MEETINGS = ("2022-07-08", "2023-04-06", "2023-11-03", "2023-11-10", "2025-03-19")


def _span(row: dict) -> tuple[dt.date, dt.date]:
    first, last = row["topic_period"]
    return dt.date.fromisoformat(first), dt.date.fromisoformat(last)


def test_the_table_is_written_by_its_generator() -> None:
    before = TABLE_PATH.read_text("utf-8")
    subprocess.run([sys.executable, str(ROOT / "eval" / "make_period_covered.py")], check=True)
    assert TABLE_PATH.read_text("utf-8") == before
    assert len(ROWS) > 400


@pytest.mark.parametrize(
    "row", [r for r in ROWS if r["kind"] == "statement"], ids=lambda r: r["period"]
)
def test_statement_covers(row: dict) -> None:
    meeting = dt.date.fromisoformat(row["meeting"])
    assert covers(row["statement"], meeting, _span(row)) is row["covers"], row


@pytest.mark.parametrize(
    "row", [r for r in ROWS if r["kind"] == "period"], ids=lambda r: r["period"]
)
def test_period_answerable_from_the_corpus(row: dict) -> None:
    span = _span(row)
    assert [d for d in MEETINGS if near(dt.date.fromisoformat(d), span)] == row["near"]
    for line in row["written"]:
        day, _, text = line.partition(" | ")
        assert written(text, dt.date.fromisoformat(day), span), line
    assert bool(row["near"] or row["written"]) is row["answerable"]
