"""Rule ``event_frames_read`` (answer.event_frames, answer.day_of_mention ``day_reading``) on
inputs built by hand and on every row of tests/data/event_frames.toml
(eval/make_event_frames.py): whether a question keeps its one day a meeting's; no index."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from lrt_search.answer.day_of_mention import day_reading
from lrt_search.answer.event_date import frames_meeting
from lrt_search.answer.event_frames import minutes_dated
from lrt_search.config import Settings

ROOT = Path(__file__).resolve().parents[3]
ROWS = tomllib.loads((ROOT / "tests/data/event_frames.toml").read_text("utf-8"))["row"]
#: Rows read wrong with the rule off (the reading of main before the rule).
FAILING_OFF = 163
#: Known misses with the rule on, and why: "visit" has no noun reading in the English word
#: table (lexicon.wordclass.english_noun), so rule event_date ties no day to it.
KNOWN_MISSES = ["Who attended the visit of 18 December 2022?"]


def _kept(row: dict[str, str], settings: Settings) -> bool:
    day = dt.date.fromisoformat(row["day"])
    return day_reading(row["question"], row["lang"] == "en", day, (), settings)[0]


def _failing(settings: Settings) -> list[str]:
    return [r["question"] for r in ROWS if _kept(r, settings) != (r["reading"] == "meeting")]


def test_every_row_read() -> None:
    assert _failing(Settings()) == KNOWN_MISSES


def test_rows_failing_off() -> None:
    assert len(_failing(Settings().replace(event_frames_read=False))) == FAILING_OFF


@pytest.mark.parametrize(
    ("question", "day", "expected"),
    [
        ("Werd het verslag van de LRT van 2 februari goedgekeurd?", dt.date(2023, 2, 2), True),
        ("Were the minutes of the meeting of 18 December approved?", dt.date(2022, 12, 18), True),
        ("Wat werd er in de LRT van 2 februari 2023 besproken?", dt.date(2023, 2, 2), False),
        (
            "What was agreed at the LRT of 18 December, whose minutes were adopted in March 2025?",
            dt.date(2022, 12, 18),
            False,
        ),  # fmt: skip
        ("Werd het verslag van 2 februari goedgekeurd?", dt.date(2023, 2, 2), False),
    ],
)
def test_minutes_dated(question: str, day: dt.date, expected: bool) -> None:
    assert minutes_dated(question, day) is expected


def test_attendance_of_an_event() -> None:
    q = "Wie namen deel aan de afstemming van 8 februari 2023 over derdelanders?"
    assert frames_meeting(q, True, True, attendance=True)
    assert not frames_meeting(q, True, True, attendance=False)
    assert frames_meeting("Wie zat de afstemming van 8 februari 2023 voor?", True, True, False)
    day = dt.date(2023, 2, 8)
    assert day_reading(q, False, day, (), Settings()) == (False, True)
    off = Settings().replace(event_frames_read=False)
    assert day_reading(q, False, day, (), off)[0]


def test_a_meeting_stays_one() -> None:
    day = dt.date(2023, 11, 10)
    for q in ("Wie waren aanwezig bij de LRT van 10 november 2023?",
              "Who attended the extra LRT of 10 November 2023?"):  # fmt: skip
        assert day_reading(q, q.startswith("Who"), day, (), Settings())[0]
