"""Rule unwritten_day_unheld (answer/unwritten_day.py): every row of
tests/data/unwritten_days.toml (written by eval/make_unwritten_days.py) - a question with a day
and no year, and the minutes' meeting days and written days at the table's head - is refused
``no_meeting`` exactly when the table says: a day no meeting was held on and the minutes do not
write, whatever the question's words. No index needed. Without the rule (the reading of
search.everyday.yearless alone) the rows without a meeting word fail."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from lrt_search.answer.unwritten_day import day_month, unheld_unwritten
from lrt_search.lexicon.intents import asks
from lrt_search.search.everyday import UNHELD, yearless

ROOT = Path(__file__).resolve().parents[3]
TABLE = tomllib.loads((ROOT / "tests" / "data" / "unwritten_days.toml").read_text("utf-8"))
ROWS = TABLE["row"]
MEETINGS = [dt.date.fromisoformat(d) for d in TABLE["meetings"]]
WRITTEN = {day_month(d) for d in TABLE["written"]}
YEARS = sorted({d.year for d in MEETINGS})


def _has_meeting(since: dt.date, until: dt.date) -> bool:
    return any(since <= d <= until for d in MEETINGS)


def _writes(day: int, month: int) -> bool:
    return (day, month) in WRITTEN


def _refused(question: str, on: bool) -> bool:
    """Whether the day of ``question`` is refused ``no_meeting``: read as an unheld meeting's
    day (search.everyday.yearless, with a meeting word), or (``on``) by the rule."""
    read = yearless(question, YEARS, _has_meeting, asks("meeting", question))
    if read is not None and read[2].endswith(UNHELD):
        return True
    return on and unheld_unwritten(question, YEARS, _has_meeting, _writes) is not None


@pytest.mark.parametrize("row", ROWS, ids=[str(r["question"]) for r in ROWS])
def test_row(row: dict) -> None:
    assert _refused(str(row["question"]), on=True) == row["refused"]


def test_main_fails_the_unwritten_rows() -> None:
    """Without the rule, the rows of an unheld, unwritten day without a meeting word fail."""
    failing = [r for r in ROWS if _refused(str(r["question"]), on=False) != r["refused"]]
    assert failing
    assert all(not r["held"] and not r["written"] and not r["meeting_word"] for r in failing)


def test_day_month() -> None:
    assert day_month("9 juli") == (9, 7)
    assert day_month("July 9") == (9, 7)
    assert day_month("juli") is None
