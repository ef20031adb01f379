"""Rule ``period_modifier_read``: the table of questions with a period that names which thing
the topic is or that scopes the meetings (tests/data/period_modifiers.toml, written by
eval/make_period_modifiers.py, Dutch and English): every row reads the topic period and the
meetings the table says; the generator still writes it; the blanking and the switch."""

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
from lrt_search.search.period_modifiers import topic_periods, without_topic_periods
from lrt_search.search.query import SpeakerRules

ROOT = Path(__file__).resolve().parents[3]
TABLE_PATH = ROOT / "tests" / "data" / "period_modifiers.toml"
ROWS = tomllib.loads(TABLE_PATH.read_text("utf-8"))["row"]
D = dt.date
#: The meetings of the bundled corpus (corpus/*.txt; test_meeting_references checks them).
MEETINGS = (D(2022, 7, 8), D(2023, 4, 6), D(2023, 11, 3), D(2023, 11, 10), D(2025, 3, 19))
TABLE = OrgTable.default()
ON = SpeakerRules(period_modifier_read=True)  # the default (docs/settings.md)


def _has_meeting(since: dt.date | None, until: dt.date | None) -> bool:
    return any((since is None or since <= d) and (until is None or d <= until) for d in MEETINGS)


def test_the_table_is_written_by_its_generator() -> None:
    before = TABLE_PATH.read_text("utf-8")
    subprocess.run([sys.executable, str(ROOT / "eval" / "make_period_modifiers.py")], check=True)
    assert TABLE_PATH.read_text("utf-8") == before
    assert len(ROWS) > 400


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['lang']}:{r['question']}" for r in ROWS])
def test_every_period_reads_the_role_the_table_says(row: dict[str, object]) -> None:
    text = read_date_words(str(row["question"]))[0]  # as `ask` reads it (rule date_words_read)
    parsed = read_question(text, TABLE, has_meeting=_has_meeting, rules=ON)
    want = row["topic_period"]
    got = [d.isoformat() for d in parsed.topic_period] if parsed.topic_period else []
    assert got == want, parsed.topic_period
    if row.get("unscoped"):
        assert parsed.since is None and parsed.until is None, parsed.period
        assert parsed.period_scope == "", parsed.period
        return
    assert parsed.period_scope == "meeting", parsed.period
    since, until = parsed.since, parsed.until
    inside = [d.isoformat() for d in MEETINGS if (since or d) <= d <= (until or d)]
    assert inside == ([] if row.get("none") else row["meetings"]), parsed.period


def test_a_topic_period_is_blanked_and_a_meeting_period_kept() -> None:
    text = without_topic_periods("Wat zei de VNG in maart 2025 over de taakstelling van 2023?")
    assert text is not None and "maart 2025" in text and "2023" not in text
    assert without_topic_periods("Wat zei de VNG in 2025 over het pakket?") is None


def test_a_range_a_meeting_noun_and_a_lead_word_are_no_topic_period() -> None:
    for question in (
        "Wat zei de VNG van 2022 tot 2024 over de opvang?",
        "What was said at the 2023 meetings about the target?",
        "Wat werd in de vergadering van 2025 gezegd?",
        "Wat zei de VNG over 2025?",  # the period is the topic itself
        "Wat zei de VNG op 8 juli 2022?",
        "Wat zei de VNG in de zomer van 2025?",
        "Wat moest er voor 2025 geregeld zijn?",
    ):
        assert topic_periods(question) == [], question


def test_the_switch_off_reads_no_topic_period_and_the_quarter_as_before() -> None:
    question = "What did the VNG say about the Q3 2023 budget?"
    on = read_question(question, TABLE, has_meeting=_has_meeting, rules=ON)
    off = read_question(question, TABLE, has_meeting=_has_meeting,
                        rules=SpeakerRules(period_modifier_read=False))  # fmt: skip
    assert on.topic_period == (D(2023, 7, 1), D(2023, 9, 30)) and on.since is None
    assert off.topic_period is None and off.since == D(2023, 7, 1)
