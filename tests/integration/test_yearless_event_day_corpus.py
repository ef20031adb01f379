"""Rules yearless_event_day and stranded_event_noun (answer/event_date.py,
answer/day_of_mention.py) on the bundled corpus: a day without its year that dates another
meeting ("the council of ministers of 21 April": the April 2023 minutes write "voor MR van 21
april") and an English day after a preposition the question leaves behind ("an introductory
meeting with on 20 November 2023") are that event's days, in the year the minutes mean; a day the
minutes do not write keeps its true no_meeting refusal."""

from __future__ import annotations

import pytest

from lrt_search.service import Engine

#: The April 2023 minutes: "Afspraak: voor MR van 21 april wordt een nieuwe (extra) LRT gepland."
_YEARLESS = "What extra LRT was planned before the council of ministers meeting of 21 April?"
#: The minutes of 10 November 2023: "... dat op 20 november een kennismakingsgesprek heeft met de
#: Kring van Commissarissen."
_STRANDED = "Whom is the state secretary having an introductory meeting with on 20 November 2023?"


@pytest.mark.parametrize(
    ("question", "day", "written", "rule"),
    [
        (_YEARLESS, "2023-04-21", "21 april", "yearless_event_day"),
        (_STRANDED, "2023-11-20", "20 november", "stranded_event_noun"),
    ],
)
def test_the_event_day_is_the_topics(
    engine: Engine, question: str, day: str, written: str, rule: str
) -> None:
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any(f"day of the topic: {day}" in note for note in answer.notes)
    assert written in answer.citations[0].quote
    off = engine.with_settings(engine.settings.replace(**{rule: False})).ask(question)
    assert off.abstained and off.reason_code == "no_meeting"


@pytest.mark.parametrize(
    "question",
    [
        "What extra LRT was planned before the council of ministers meeting of 5 May?",
        "Whom is the state secretary having an introductory meeting with on 27 November 2023?",
        "What was discussed at the LRT of 21 April?",
    ],
)
def test_an_unwritten_or_meetings_day_stays_refused(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "no_meeting"
