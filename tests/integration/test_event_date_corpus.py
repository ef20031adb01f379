"""Rule event_date (answer/event_date.py) on the bundled corpus: a day tied to an event noun
("the cabinet meeting of 12 May 2023", "an introductory meeting on 20 November 2023") is the
event's, which the minutes of another meeting write; "the meeting of <day>" with no minutes
stays a meeting's day, and a day the minutes do not write in its year keeps its true refusal."""

from __future__ import annotations

import pytest

from lrt_search.service import Engine

#: The April 2023 minutes: "Het is de bedoeling dat de AMvB voor de Spreidingswet op 12 mei in
#: de MR ligt"; no meeting on 12 May 2023.
_CABINET = (
    "What did the LRT hear about the cabinet meeting of 12 May 2023 and the order in council for "
    "the Dispersal Act?"
)
#: The minutes of 10 November 2023: "... dat op 20 november een kennismakingsgesprek heeft met
#: de Kring van Commissarissen."
_INTRODUCTORY = (
    "With whom does the state secretary have an introductory meeting on 20 November 2023?"
)


@pytest.mark.parametrize(
    ("question", "day", "written"),
    [(_CABINET, "2023-05-12", "12 mei"), (_INTRODUCTORY, "2023-11-20", "20 november")],
)
def test_a_day_of_an_event_noun_is_the_topics(
    engine: Engine, question: str, day: str, written: str
) -> None:
    answer = engine.ask(question)
    assert not answer.abstained
    assert any(f"day of the topic: {day}" in note for note in answer.notes)
    assert written in answer.citations[0].quote


def test_off_the_day_is_a_meeting_date(engine: Engine) -> None:
    answer = engine.with_settings(engine.settings.replace(event_date=False)).ask(_INTRODUCTORY)
    assert answer.abstained and answer.reason_code == "no_meeting"


@pytest.mark.parametrize(
    "question",
    [
        "Wat werd er besproken in de vergadering van 20 november 2023?",
        "What was discussed at the extra LRT of 21 April 2023?",
        "With whom does the state secretary have an introductory meeting on 27 November 2023?",
        # the minutes write "op 1 januari 2024", "na 1 januari": no 1 January of 2026
        "Wat vragen de commissarissen zich af over de Spreidingswet op 1 januari 2026?",
    ],
)
def test_a_meetings_day_or_an_unwritten_day_stays_refused(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "no_meeting"
