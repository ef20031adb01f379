"""Rule ``everyday_periods`` on the bundled corpus (meetings 2022-07-08, 2023-04-06,
2023-11-03, 2023-11-10, 2025-03-19): a period written the everyday way that holds no meeting
abstains with ``no_meeting``; one that holds a meeting filters to it; the period is shown as
understood, not as unread."""

from __future__ import annotations

import datetime as dt

from lrt_search.service import Engine


def test_christmas_holds_no_meeting(engine: Engine) -> None:
    answer = engine.ask("Wat is er besproken in de vergadering van kerst 2023?")
    assert answer.abstained and answer.reason_code == "no_meeting"
    off = engine.with_settings(engine.settings.replace(everyday_periods=False))
    assert not off.ask("Wat is er besproken in de vergadering van kerst 2023?").abstained


def test_a_quarter_filters_to_its_meetings(engine: Engine) -> None:
    answer = engine.ask("Wat zei de VNG in Q4 2023 over de taakstelling?")
    assert not answer.abstained
    assert {c.meeting_date for c in answer.citations} <= {
        dt.date(2023, 11, 3),
        dt.date(2023, 11, 10),
    }
    assert not any("Q4" in u["text"] for u in answer.unread)
    assert any("Q4 2023" in n for n in answer.notes)


def test_a_day_without_a_year_is_the_meeting_of_that_day(engine: Engine) -> None:
    answer = engine.ask("Wat is er op 10 november gezegd over de taakstelling?")
    assert not answer.abstained
    assert {c.meeting_date for c in answer.citations} == {dt.date(2023, 11, 10)}


def test_a_day_without_a_year_and_no_meeting_abstains(engine: Engine) -> None:
    answer = engine.ask("Wat is er op 18 december besproken over de taakstelling?")
    assert answer.abstained and answer.reason_code == "no_meeting"


def test_a_day_of_an_event_the_minutes_tell_of_is_no_meeting_period(engine: Engine) -> None:
    # No meeting on 20 November in any year, and no word of the meetings: not a no_meeting.
    answer = engine.ask("Met wie gaat de staatssecretaris op 20 november praten?")
    assert answer.reason_code != "no_meeting"
