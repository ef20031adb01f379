"""Rule ``ordinal_forms_everywhere``: the table of every ordinal form ("1e", "1ste", "2de",
"3e", "21ste", "eerste", "1st", "2nd", "3rd", "21st", "first") in every frame the period
readers read (tests/data/ordinal_forms.toml, written by eval/make_ordinal_forms.py: a day
before its month, with an article, after a weekday, without its year, after a bound, in "de
week van", quarters and halves; and ordinals that are no day) is read as `ask` reads a
question, with the meetings of the bundled corpus, as the table says; and the generator still
writes it."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.date_forms import read_date_forms
from lrt_search.search.date_words import read_date_words
from lrt_search.search.parsed import read_question
from lrt_search.search.unread import unread_dates

ROOT = Path(__file__).resolve().parents[3]
TABLE_PATH = ROOT / "tests" / "data" / "ordinal_forms.toml"
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
    subprocess.run([sys.executable, str(ROOT / "eval" / "make_ordinal_forms.py")], check=True)
    assert TABLE_PATH.read_text("utf-8") == before
    assert len(ROWS) > 400


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['lang']}:{r['phrase']}" for r in ROWS])
def test_every_ordinal_form_reads_as_the_table_says(row: dict[str, object]) -> None:
    text = read_date_forms(read_date_words(str(row["question"]))[0])[0]  # as `ask` reads it
    parsed = read_question(text, TABLE, has_meeting=_has_meeting)
    read = (_iso(parsed.since), _iso(parsed.until))
    if row.get("read", True) is False:
        assert read == ("", ""), parsed.period
        return
    assert read == (row["since"], row["until"]), (text, parsed.period)
    inside = [d.isoformat() for d in MEETINGS if (parsed.since or d) <= d <= (parsed.until or d)]
    assert inside == row["meetings"]
    assert unread_dates(text, parsed, notes=True) == []  # no "not understood" date either
