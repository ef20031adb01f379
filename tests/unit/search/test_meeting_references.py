"""Rule ``meeting_references_read``: the table of references to a meeting that are no plain
date (tests/data/meeting_references.toml, written by eval/make_meeting_references.py: orders,
months and seasons of meetings, "since the previous meeting", "both meetings of ...", Dutch and
English, in formal, informal, search-box and spoken carriers) selects the meetings of the
bundled corpus the table says, scoping the meetings, and the generator still writes it."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import read_question

ROOT = Path(__file__).resolve().parents[3]
TABLE_PATH = ROOT / "tests" / "data" / "meeting_references.toml"
ROWS = tomllib.loads(TABLE_PATH.read_text("utf-8"))["row"]
D = dt.date
#: The meetings of the bundled corpus (corpus/*.txt).
MEETINGS = (D(2022, 7, 8), D(2023, 4, 6), D(2023, 11, 3), D(2023, 11, 10), D(2025, 3, 19))
TABLE = OrgTable.default()


def _has_meeting(since: dt.date | None, until: dt.date | None) -> bool:
    return any((since is None or since <= d) and (until is None or d <= until) for d in MEETINGS)


def test_the_table_is_written_by_its_generator() -> None:
    before = TABLE_PATH.read_text("utf-8")
    subprocess.run([sys.executable, str(ROOT / "eval" / "make_meeting_references.py")], check=True)
    assert TABLE_PATH.read_text("utf-8") == before
    assert len(ROWS) > 500


def test_the_corpus_holds_the_meetings_of_the_table() -> None:
    days = sorted(D.fromisoformat(p.name[:10]) for p in (ROOT / "corpus").glob("*-lrt.txt"))
    assert tuple(days) == MEETINGS


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['lang']}:{r['question']}" for r in ROWS])
def test_every_reference_selects_the_meetings_the_table_says(row: dict[str, object]) -> None:
    parsed = read_question(str(row["question"]), TABLE, has_meeting=_has_meeting)
    read = (parsed.since, parsed.until)
    if row.get("read", True) is False:
        assert read == (None, None), parsed.period
        return
    assert read != (None, None)
    assert parsed.period_scope == "meeting", parsed.period
    since, until = read
    inside = [d for d in MEETINGS if (since or d) <= d <= (until or d)]
    got = [d.isoformat() for d in inside]
    assert got == ([] if row.get("none") else row["meetings"]), parsed.period
