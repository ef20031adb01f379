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
from lrt_search.search.date_words import read_date_words
from lrt_search.search.meeting_references import find_reference, held
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules

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
    text = read_date_words(str(row["question"]))[0]  # as `ask` reads it (rule date_words_read)
    parsed = read_question(text, TABLE, has_meeting=_has_meeting)
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


# Hand-built meeting days (not the corpus): two in March (2021, 2024), one in October 2024.
DAYS = (D(2021, 3, 4), D(2024, 3, 7), D(2024, 10, 2))


def _read(text: str) -> tuple[dt.date | None, dt.date | None, str | None]:
    """A stub of the period reader: "<month name> 2024" and "2024" only."""
    if "2024" not in text:
        return None, None, None
    for name, month in (("october", 10), ("oktober", 10), ("march", 3), ("maart", 3)):
        if name in text.lower():
            end = D(2024, month + 1, 1) - dt.timedelta(days=1)
            return D(2024, month, 1), end, f"{name} 2024"
    return D(2024, 1, 1), D(2024, 12, 31), "in 2024"


def test_a_yearless_month_held_in_one_year_is_its_meeting() -> None:
    found = find_reference("Wat zei de VNG in de oktobervergadering?", DAYS, _read)
    assert found is not None and found[:2] == (D(2024, 10, 2), D(2024, 10, 2))


def test_a_yearless_month_held_in_two_years_or_none_is_not_read() -> None:
    assert find_reference("What was said at the March meeting?", DAYS, _read) is None
    assert find_reference("What was said at the June meeting?", DAYS, _read) is None


def test_an_ordinal_within_a_year() -> None:
    found = find_reference("the second meeting of 2024", DAYS, _read)
    assert found is not None and found[:2] == (D(2024, 10, 2), D(2024, 10, 2))
    beyond = find_reference("de derde vergadering van 2024", DAYS, _read)
    assert beyond is not None and beyond[:2] == (D(2024, 10, 3), D(2024, 12, 31))
    assert held(DAYS, beyond) == []


def test_the_previous_meeting_is_the_last_unless_another_is_named() -> None:
    found = find_reference("Wat zei COA in de vorige vergadering?", DAYS, _read)
    assert found is not None and found[:2] == (D(2024, 10, 2), D(2024, 10, 2))
    assert (
        find_reference("the minutes of the previous meeting at the first meeting", DAYS, _read)
        is None
    )


def test_since_a_meeting_is_open_and_after_one_is_left() -> None:
    found = find_reference("Wat is er sinds de oktobervergadering gebeurd?", DAYS, _read)
    assert found is not None and found[:2] == (D(2024, 10, 2), None)
    assert find_reference("What happened after the October meeting?", DAYS, _read) is None


def test_held_of_no_period_is_empty() -> None:
    assert held(DAYS, (None, None, None)) == []
    assert held(DAYS, (D(2024, 1, 1), None, "since 2024")) == [D(2024, 3, 7), D(2024, 10, 2)]


def test_the_switch() -> None:
    question = "What did the COA say about Ter Apel at the April meeting?"
    on = read_question(question, TABLE, has_meeting=_has_meeting)
    off = read_question(
        question, TABLE, has_meeting=_has_meeting,
        rules=SpeakerRules(meeting_references_read=False),
    )  # fmt: skip
    assert (on.since, on.until) == (D(2023, 4, 6), D(2023, 4, 6))
    assert (off.since, off.until) == (None, None)
