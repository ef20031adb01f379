"""Rule ``absence_stated`` (answer/absence.py): who was absent from a dated meeting, or why
someone was, is answered only when that meeting's minutes state an absence naming whom the
question names. Switched off, the same questions are answered from the discussion."""

from __future__ import annotations

import datetime as dt

import pytest
from switched import switched

from lrt_search.answer.absence import absence_statements
from lrt_search.lexicon.intents import asks
from lrt_search.service import Engine


@pytest.mark.parametrize(
    "question",
    [
        "Why was the VNG absent from the LRT of 10 November 2023?",
        "Wie kon er op 10 november 2023 niet bij zijn?",  # no absence stated that day
        "Waarom was het COA op 19 maart 2025 verhinderd?",  # the COA is on the list
        "Why could Mr Schoenmaker not attend the LRT of 6 April 2023?",
    ],
)
def test_an_absence_the_minutes_do_not_state_abstains(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    codes = ("absence_unstated", "no_absence_stated")  # the latter: a question naming no one
    assert answer.abstained and answer.reason_code in codes, answer.reason
    # rule stand_in_lines refuses these too (a dated absence no line states): both off
    off = switched(engine, absence_stated=False, stand_in_lines=False).ask(question)
    assert off.reason_code not in codes


@pytest.mark.parametrize(
    ("question", "date"),
    [
        ("Wie was er afwezig op de LRT van 19 maart 2025?", dt.date(2025, 3, 19)),
        ("Who was not present at the LRT of March 2025?", dt.date(2025, 3, 19)),
        ("Welke ministers konden op 8 juli 2022 niet aanwezig zijn?", dt.date(2022, 7, 8)),
        ("Why could Van Gennip not attend the LRT of 8 July 2022?", dt.date(2022, 7, 8)),
    ],
)
def test_an_absence_the_minutes_state_is_answered(
    engine: Engine, question: str, date: dt.date
) -> None:
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert {c.meeting_date for c in answer.citations} == {date}


def test_the_absence_intent_is_of_meetings_not_topics() -> None:
    assert asks("absence", "Wie had zich afgemeld voor de LRT?")
    assert asks("absence", "Who could not attend the meeting?")
    assert asks("absence", "Wie kon er niet bij zijn?")
    assert not asks("absence", "What is missing from the arrangement?")
    assert not asks("absence", "Wat ontbrak er nog aan het arrangement?")


def test_the_statements_of_absence_of_the_bundled_minutes(engine: Engine) -> None:
    by_date: dict[dt.date, list[str]] = {}
    for chunk in engine.chunks:
        by_date.setdefault(chunk.meeting_date, []).extend(absence_statements(chunk))
    assert not by_date[dt.date(2023, 11, 10)]
    assert any("Uitermark" in s for s in by_date[dt.date(2025, 3, 19)])
    assert any("zijn verhinderd" in s for s in by_date[dt.date(2023, 4, 6)])
    assert sum("kan niet aanwezig zijn" in s for s in by_date[dt.date(2022, 7, 8)]) == 3


def test_a_question_naming_no_one_gets_a_reason_naming_something(engine: Engine) -> None:
    """Issue 16 task F2: "Who was absent ...?" named nobody and its reason read "state no
    absence of " (an empty list); it is ``no_absence_stated`` now, and true."""
    from lrt_search.evaluation.reason_truth import Minutes, false_reason

    answer = engine.ask("Who was absent from the LRT of 10 November 2023?")
    assert answer.abstained and answer.reason_code == "no_absence_stated", answer.reason
    assert answer.reason and answer.reason.rstrip(".").endswith("state no absence")
    assert false_reason(Minutes(engine), answer) is None
