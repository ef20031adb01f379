"""Rule ``meeting_order``: a meeting named by its order among the minutes' own dates."""

from __future__ import annotations

import datetime as dt

import pytest

from lrt_search.search.everyday import everyday_spans
from lrt_search.search.meeting_order import find_order, has_order, meeting_days
from lrt_search.search.parsed import question_period

D = dt.date
MEETINGS = (D(2022, 7, 8), D(2023, 4, 6), D(2023, 11, 3), D(2023, 11, 10), D(2025, 3, 19))


def _has_meeting(since: dt.date | None, until: dt.date | None) -> bool:
    return any((since is None or since <= d) and (until is None or d <= until) for d in MEETINGS)


def _period(text: str) -> tuple[dt.date | None, dt.date | None, str | None]:
    return question_period(text, True, _has_meeting, True)


def test_meeting_days_finds_every_meeting() -> None:
    assert tuple(meeting_days(_has_meeting, D(1990, 1, 1), D(2050, 12, 31))) == MEETINGS


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Wat zei de VNG in de eerste vergadering?", D(2022, 7, 8)),
        ("What was said in the second meeting?", D(2023, 4, 6)),
        ("Wat werd er in de voorlaatste LRT gezegd?", D(2023, 11, 10)),
        ("What did COA say in the last-but-one meeting?", D(2023, 11, 10)),
        ("In the last meeting, what was said?", D(2025, 3, 19)),
        ("de vergadering na die van 6 april 2023", D(2023, 11, 3)),
        ("the meeting a week after the one of 3 November 2023", D(2023, 11, 10)),
        ("the meeting before the one of 10 November 2023", D(2023, 11, 3)),
        ("de vergadering na november 2023", D(2025, 3, 19)),
        ("the meeting before April 2023", D(2022, 7, 8)),
        ("the meeting after the first one", D(2023, 4, 6)),
    ],
)
def test_an_order_is_a_meeting_of_the_minutes(text: str, day: dt.date) -> None:
    since, until, note = _period(text)
    assert (since, until) == (day, day)
    assert note is not None and note.endswith(f"-> {day.isoformat()}")


@pytest.mark.parametrize(
    "text",
    [
        "the meeting after March 2025",
        "de vergadering na die van 19 maart 2025",
        "the meeting after the last one",
        "de zesde vergadering",
        "de vergadering vóór juli 2022",
        "the meeting before the first one",
    ],
)
def test_an_order_outside_the_minutes_holds_no_meeting(text: str) -> None:
    since, until, note = _period(text)
    assert note is not None and "-> none" in note
    assert not _has_meeting(since, until)


@pytest.mark.parametrize(
    "text",
    [
        "Wie was de eerste die dat zei?",
        "Wat zei de VNG in de vergadering na de pauze?",
        "Wat is het eerste punt van de agenda?",
    ],
)
def test_no_order_of_meetings(text: str) -> None:
    assert find_order(text, MEETINGS, lambda ref: (None, None, "")) is None


def test_switched_off_the_order_is_not_read() -> None:
    assert question_period("in de tweede vergadering", True, _has_meeting, False)[2] is None
    assert has_order("in de tweede vergadering")


def test_order_words_are_no_topic_words() -> None:
    text = "Wat zei de VNG in de voorlaatste vergadering over de taakstelling?"
    assert any(text[a:b] == "voorlaatste vergadering" for a, b in everyday_spans(text))
