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
from lrt_search.search.date_roles import content_year, meeting_text
from lrt_search.search.date_words import read_date_words
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules

ROOT = Path(__file__).resolve().parents[3]
TABLE_PATH = ROOT / "tests" / "data" / "date_roles.toml"
ROWS = tomllib.loads(TABLE_PATH.read_text("utf-8"))["row"]
D = dt.date
#: The meetings of the bundled corpus (corpus/*.txt; test_meeting_references checks them).
MEETINGS = (D(2022, 7, 8), D(2023, 4, 6), D(2023, 11, 3), D(2023, 11, 10), D(2025, 3, 19))
TABLE = OrgTable.default()
ON = SpeakerRules(date_roles_read=True)  # the default (docs/settings.md)


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
    parsed = read_question(text, TABLE, has_meeting=_has_meeting, rules=ON)
    assert sorted(parsed.period_terms) == row["topic"], parsed.period
    if row.get("unscoped"):
        assert parsed.period_scope != "meeting", parsed.period
        return
    assert parsed.period_scope == "meeting", parsed.period
    since, until = parsed.since, parsed.until
    inside = [d.isoformat() for d in MEETINGS if (since or d) <= d <= (until or d)]
    assert inside == ([] if row.get("none") else row["meetings"]), parsed.period


def test_a_content_date_is_blanked_and_the_meeting_date_kept() -> None:
    text = meeting_text("Wie meldde in april 2023 dat de regio's per 1 januari 2024 stoppen?")
    assert text is not None
    assert "april 2023" in text and "1 januari" not in text and "per" not in text


def test_a_date_joined_to_a_content_date_is_blanked_with_it() -> None:
    text = meeting_text(
        "Wat zei de VNG in april 2023 over na 1 juli 2023 respectievelijk 1 januari 2024?"
    )
    assert text is not None and "2024" not in text and "juli" not in text


def test_a_range_and_a_reference_keep_their_lead_words() -> None:
    assert meeting_text("Wat zei de VNG van 2022 tot 2024 over de opvang?") is None
    assert (
        meeting_text("Wat werd er besproken in de eerste vergadering na 10 november 2023?") is None
    )
    assert meeting_text("Did the complaint from 2023 come back in 2025?") is None  # a dated noun


def test_a_deadline_day_gives_its_year_and_by_or_a_month_none() -> None:
    assert content_year("Wat moest er per 1 januari 2024 geregeld zijn?") == "2024"
    assert content_year("What changes with effect from 1 March 2025?") == "2025"
    assert content_year("What must be ready by 1 July 2024?") is None
    assert content_year("Wat moest er per januari 2024 geregeld zijn?") is None
    assert content_year("Wat gebeurt er per 1 januari?") is None  # no year


def test_the_switch_off_reads_the_content_date_as_before() -> None:
    question = "Wie meldde in april 2023 dat de regio's per 1 januari 2024 stoppen?"
    on = read_question(question, TABLE, has_meeting=_has_meeting, rules=ON)
    off = read_question(
        question, TABLE, has_meeting=_has_meeting, rules=SpeakerRules(date_roles_read=False)
    )
    assert (on.since, on.until) == (D(2023, 4, 1), D(2023, 4, 30))
    assert (off.since, off.until) == (D(2024, 1, 1), D(2024, 1, 1))
