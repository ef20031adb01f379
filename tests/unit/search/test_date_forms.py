"""Rule ``date_forms_read``: the table of every way people write a date
(tests/data/date_forms.toml, written by eval/make_date_forms.py: numeric days with "-", "/"
and ".", two-digit years, month names and abbreviations with and without a dot, ordinals,
days without a year, months, parts, quarters, halves, seasons, weeks, bounds; and what is no
date) is read as `ask` reads a question, with the meetings of the bundled corpus, as the table
says; and the generator still writes it."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.date_words import read_date_words
from lrt_search.search.parsed import read_question

ROOT = Path(__file__).resolve().parents[3]
TABLE_PATH = ROOT / "tests" / "data" / "date_forms.toml"
ROWS = tomllib.loads(TABLE_PATH.read_text("utf-8"))["row"]
D = dt.date
MEETINGS = (D(2022, 7, 8), D(2023, 4, 6), D(2023, 11, 3), D(2023, 11, 10), D(2025, 3, 19))
TABLE = OrgTable.default()


def _has_meeting(since: dt.date | None, until: dt.date | None) -> bool:
    return any((since is None or since <= d) and (until is None or d <= until) for d in MEETINGS)


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def test_the_table_is_written_by_its_generator() -> None:
    before = TABLE_PATH.read_text("utf-8")
    subprocess.run([sys.executable, str(ROOT / "eval" / "make_date_forms.py")], check=True)
    assert TABLE_PATH.read_text("utf-8") == before
    assert len(ROWS) > 400


def test_the_corpus_holds_the_meetings_of_the_table() -> None:
    days = sorted(D.fromisoformat(p.name[:10]) for p in (ROOT / "corpus").glob("*-lrt.txt"))
    assert tuple(days) == MEETINGS


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['lang']}:{r['phrase']}" for r in ROWS])
def test_every_date_form_reads_as_the_table_says(row: dict[str, object]) -> None:
    text = read_date_words(str(row["question"]))[0]  # as `ask` reads it
    parsed = read_question(text, TABLE, has_meeting=_has_meeting)
    read = (_iso(parsed.since), _iso(parsed.until))
    if row.get("read", True) is False:
        assert read == ("", ""), parsed.period
        return
    assert read == (row["since"], row["until"]), parsed.period
    inside = [d.isoformat() for d in MEETINGS if (parsed.since or d) <= d <= (parsed.until or d)]
    assert inside == row["meetings"]
