"""Rule ``date_roles_read``: the table of questions with a date of the meeting and a date of
the content, or one date whose lead word decides its role (tests/data/date_roles.toml, written
by eval/make_date_roles.py, Dutch and English): every row reads the meetings of the bundled
corpus and the topic terms the table says, and the generator still writes it."""

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
TABLE_PATH = ROOT / "tests" / "data" / "date_roles.toml"
ROWS = tomllib.loads(TABLE_PATH.read_text("utf-8"))["row"]
D = dt.date
#: The meetings of the bundled corpus (corpus/*.txt; test_meeting_references checks them).
MEETINGS = (D(2022, 7, 8), D(2023, 4, 6), D(2023, 11, 3), D(2023, 11, 10), D(2025, 3, 19))
TABLE = OrgTable.default()


def _has_meeting(since: dt.date | None, until: dt.date | None) -> bool:
    return any((since is None or since <= d) and (until is None or d <= until) for d in MEETINGS)


def test_the_table_is_written_by_its_generator() -> None:
    before = TABLE_PATH.read_text("utf-8")
    subprocess.run([sys.executable, str(ROOT / "eval" / "make_date_roles.py")], check=True)
    assert TABLE_PATH.read_text("utf-8") == before
    assert len(ROWS) > 400


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['lang']}:{r['question']}" for r in ROWS])
def test_every_date_reads_the_role_the_table_says(row: dict[str, object]) -> None:
    text = read_date_words(str(row["question"]))[0]  # as `ask` reads it (rule date_words_read)
    parsed = read_question(text, TABLE, has_meeting=_has_meeting)
    assert sorted(parsed.period_terms) == row["topic"], parsed.period
    if row.get("unscoped"):
        assert parsed.period_scope != "meeting", parsed.period
        return
    assert parsed.period_scope == "meeting", parsed.period
    since, until = parsed.since, parsed.until
    inside = [d.isoformat() for d in MEETINGS if (since or d) <= d <= (until or d)]
    assert inside == ([] if row.get("none") else row["meetings"]), parsed.period
