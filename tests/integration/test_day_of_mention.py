"""Rule day_of_mention (answer/day_of_mention.py) on the bundled corpus: a day without a
meeting that the minutes write is the day of something they tell of, not a meeting's date."""

from __future__ import annotations

from lrt_search.service import Engine

#: The April 2023 minutes: "Afspraak: voor MR van 21 april wordt een nieuwe (extra) LRT gepland."
_MENTIONED = "Wat wordt er gepland voor de ministerraad van 21 april 2023?"
#: No meeting on 14 March 2023 and no passage writes "14 maart".
_UNMENTIONED = "Welke gemeenten ondertekenden de brief van 14 maart 2023?"


def test_a_mentioned_day_does_not_filter_the_meetings(engine: Engine) -> None:
    answer = engine.ask(_MENTIONED)
    assert not answer.abstained
    assert any("day of the topic: 2023-04-21" in note for note in answer.notes)
    assert "21" in answer.citations[0].quote
    assert str(answer.citations[0].meeting_date) == "2023-04-06"


def test_off_the_day_is_a_meeting_date(engine: Engine) -> None:
    # rule date_written_topic (answer/date_written.py) would read the refused day again as
    # the topic's: "21 april" is written in the April 2023 minutes
    settings = engine.settings.replace(day_of_mention=False, date_written_topic=False)
    answer = engine.with_settings(settings).ask(_MENTIONED)
    assert answer.abstained and answer.reason_code == "no_meeting"


def test_off_the_written_day_is_read_again_by_date_written_topic(engine: Engine) -> None:
    off = engine.with_settings(engine.settings.replace(day_of_mention=False))
    answer = off.ask(_MENTIONED)
    assert not answer.abstained
    assert any("date of the topic, not of the meeting" in note for note in answer.notes)


def test_a_day_the_minutes_never_write_holds_no_meeting(engine: Engine) -> None:
    answer = engine.ask(_UNMENTIONED)
    assert answer.abstained and answer.reason_code == "no_meeting"
