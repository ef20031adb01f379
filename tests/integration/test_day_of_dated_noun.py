"""Rule day_of_dated_noun (answer/day_of_mention.py) on the bundled corpus: a day tied to a
noun that is no meeting ("de afspraken van 8 februari 2023") dates that thing, even in a
question that names the LRT or a decision; "de LRT van <day>" stays a meeting's day."""

from __future__ import annotations

import datetime as dt

import pytest

from lrt_search.answer.day_of_mention import dated_noun
from lrt_search.service import Engine

#: The April 2023 minutes: "... de bestuurlijke afspraken op 8 februari wordt afgestemd met
#: LRT partijen en voorgelegd aan de eerstvolgende LRT"; no meeting on 8 February 2023.
_DATED = "Wat gebeurt er in de LRT met de bestuurlijke afspraken van 8 februari 2023?"
#: The March 2025 minutes adopt the report of the LRT of 18 December; none of its minutes.
_MEETING = "Wat besloot de LRT van 18 december 2024 over de taakstelling?"


def test_a_dated_noun_beside_a_meeting_word_does_not_filter_the_meetings(engine: Engine) -> None:
    answer = engine.ask(_DATED)
    assert not answer.abstained
    assert any("day of the topic: 2023-02-08" in note for note in answer.notes)
    assert "8 februari" in answer.citations[0].quote
    assert str(answer.citations[0].meeting_date) == "2023-04-06"


def test_off_the_day_is_a_meeting_date(engine: Engine) -> None:
    # rule event_date, its widening, reads the day as the event's too: both off
    off = engine.settings.replace(day_of_dated_noun=False, event_date=False)
    answer = engine.with_settings(off).ask(_DATED)
    assert answer.abstained and answer.reason_code == "no_meeting"


def test_the_day_of_a_meeting_noun_stays_a_meeting_date(engine: Engine) -> None:
    answer = engine.ask(_MEETING)
    assert answer.abstained and answer.reason_code == "no_meeting"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("de bestuurlijke afspraken van 8 februari 2023", True),
        ("the council of ministers of 21 April 2023", True),
        ("the Benen op Tafel session of February 21, 2023", True),
        ("de LRT van 21 april 2023", False),
        ("the meeting of 21 April 2023", False),
        ("de week van 21 april 2023", False),
        ("wat is er op 21 april 2023 besproken", False),
        ("de brief van 21 mei 2023", False),
    ],
)
def test_dated_noun(question: str, expected: bool) -> None:
    day = dt.date(2023, 2, 8) if "8 februari" in question else dt.date(2023, 4, 21)
    day = dt.date(2023, 2, 21) if "February 21" in question else day
    assert dated_noun(question, day) is expected
