"""Issue 16 task E (session 19), rule ``unheld_day_written``: a day with its month and no year,
asked as a meeting's, on which no meeting of the corpus was held in any year, abstains
``no_meeting`` naming the day as written and the minutes' years, not a guessed year."""

from __future__ import annotations

import datetime as dt

import pytest
from switched import switched

from lrt_search.answer.unheld_day import held_on
from lrt_search.service import Engine


@pytest.mark.parametrize(
    ("question", "day", "shown"),
    [
        ("What was discussed at the LRT of 18 December?", "18 December", "on 18 December in any"),
        ("Wat is er besproken in de vergadering van 2 juni?", "2 juni", "op 2 juni in enig jaar"),
    ],
)
def test_a_day_held_in_no_year_is_named_as_written(
    engine: Engine, question: str, day: str, shown: str
) -> None:
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "no_meeting", answer.reason
    assert shown in answer.reason and "2025-" not in answer.reason, answer.reason
    # the note of what was understood agrees: no guessed year either (task E2)
    assert not any("2025-" in note for note in answer.notes), answer.notes
    off = switched(engine, unheld_day_written=False).ask(question)
    assert off.reason_code == "no_meeting" and day not in off.reason, off.reason


def test_a_meeting_day_without_a_year_is_read() -> None:
    days = [dt.date(2023, 4, 6), dt.date(2022, 7, 8)]
    assert held_on(days, "6 april") == [dt.date(2023, 4, 6)]
    assert held_on(days, "July 8th") == [dt.date(2022, 7, 8)]
    assert held_on(days, "18 December") == []


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("What was discussed at the 18 December LRT?", "on 18 December in any"),
        ("Wat is er besproken in de 2 juni vergadering?", "op 2 juni in enig jaar"),
    ],
)
def test_a_day_before_the_meeting_noun_is_the_meetings(
    engine: Engine, question: str, shown: str
) -> None:
    """Rule day_before_meeting_noun (task E2): "the 18 December LRT" is "the LRT of 18 December"."""
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "no_meeting", answer.reason
    assert shown in answer.reason, answer.reason
    off = switched(engine, day_before_meeting_noun=False).ask(question)
    assert off.reason_code != "no_meeting", off.reason
