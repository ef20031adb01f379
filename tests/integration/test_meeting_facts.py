"""Questions about the meetings themselves (issue 16, task F): rule ``meeting_facts`` (when,
at what time, where, which meetings: answer/meeting_facts.py), rule ``header_line_spans`` (a
header quote cites its own lines: answer/header_spans.py) and rule ``attendance_org_listed``
(an organisation not on the attendee lists: answer/attendance.py), on the bundled corpus."""

from __future__ import annotations

import datetime as dt

import pytest

from lrt_search.answer.header_spans import line_run
from lrt_search.answer.meeting_facts import header_line
from lrt_search.models import Span
from lrt_search.search.parsed import read_question
from lrt_search.service import Engine

_DATES = ["2022-07-08", "2023-04-06", "2023-11-03", "2023-11-10", "2025-03-19"]


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("When was the last LRT meeting?", "meeting_dates"),
        ("Op welke data vergaderde de LRT?", "meeting_dates"),
        ("Hoeveel vergaderingen zijn er geweest?", "meeting_dates"),
        ("Which meetings took place in 2023?", "meeting_dates"),
        ("Hoe vaak is de LRT bijeengekomen?", "meeting_dates"),
        ("When did the meeting of 3 November 2023 start?", "meeting_time"),
        ("Hoe laat begon de vergadering van 10 november 2023?", "meeting_time"),
        ("Where was the meeting of 10 November 2023 held?", "meeting_place"),
        ("Waar werd de vergadering van 8 juli 2022 gehouden?", "meeting_place"),
        ("Was the meeting of 10 November 2023 online?", "meeting_place"),
        # a topic, a verb of discussing or deciding: no question about the meetings
        ("When was the spreidingswet discussed at the last meeting?", None),
        ("When did the LRT decide to close Ter Apel?", None),
        ("Wat is er in de laatste vergadering besproken?", None),
        ("Where are the family members staying?", None),
        ("Hoeveel statushouders moeten er gehuisvest worden?", None),
    ],
)  # fmt: skip
def test_the_shape_of_the_question_names_the_fact(
    engine: Engine, question: str, fact: str | None
) -> None:
    parsed = read_question(question, engine.orgs, engine.glossary)
    facts = {"meeting_dates", "meeting_time", "meeting_place"} & parsed.intents
    assert facts == ({fact} if fact else set())


def test_header_lines_as_written() -> None:
    text = (
        "Omschrijving Verslag LRT\nVergaderdatum en -tijd 3 november 2023, 08:45 – 09:30\n"
        "Vergaderplaats Webex\nAanwezig Dhr. Kip (Aedes)"
    )
    day = dt.date(2023, 11, 3)
    assert header_line(text, "meeting_time", day) == (
        "Vergaderdatum en -tijd 3 november 2023, 08:45 – 09:30"
    )
    assert header_line(text, "meeting_place", day) == "Vergaderplaats Webex"
    assert header_line(text, "meeting_dates", day) == header_line(text, "meeting_time", day)
    # a "Vergaderplaats" that holds a date names no place; a date without a time no time
    dated = "Omschrijving Landelijke Regietafel\nVergaderplaats 19 maart 2025"
    assert header_line(dated, "meeting_place", dt.date(2025, 3, 19)) is None
    assert header_line(dated, "meeting_time", dt.date(2025, 3, 19)) is None
    assert header_line(dated, "meeting_dates", dt.date(2025, 3, 19)) == (
        "Vergaderplaats 19 maart 2025"
    )


def test_a_quote_is_found_on_its_own_lines() -> None:
    lines = ["Omschrijving X", "Vergaderplaats   Webex  ", "Aanwezig   A (VNG), B", "", "(IPO)"]
    assert line_run(lines, Span(1, 5), "Vergaderplaats Webex") == (2, 2)
    assert line_run(lines, Span(1, 5), "A (VNG), B (IPO)") == (3, 5)
    assert line_run(lines, Span(1, 5), "Vergaderplaats Zoom") is None


def test_every_meeting_date_one_quote_each(engine: Engine) -> None:
    answer = engine.ask("Op welke data vergaderde de LRT?")
    assert not answer.abstained
    assert [c.meeting_date.isoformat() for c in answer.citations] == _DATES
    assert answer.citations[0].quote == "Vergaderdatum 8 juli 2022"
    assert answer.citations[0].citation == "LRT 2022-07-08 · header · line 9"
    assert not answer.unread  # "vergaderde" frames the question


def test_the_last_and_the_first_meeting(engine: Engine) -> None:
    last = engine.ask("When was the last LRT meeting?")
    assert [(c.quote, c.span.line_start) for c in last.citations] == [
        ("Vergaderplaats 19 maart 2025", 27)
    ]
    first = engine.ask("Wanneer vond de eerste vergadering plaats?")
    assert [c.meeting_date.isoformat() for c in first.citations] == ["2022-07-08"]
    in_2023 = engine.ask("Which meetings took place in 2023?")
    assert [c.meeting_date.isoformat() for c in in_2023.citations] == _DATES[1:4]


def test_time_and_place_from_their_header_lines(engine: Engine) -> None:
    start = engine.ask("When did the meeting of 3 November 2023 start?")
    assert [c.quote for c in start.citations] == [
        "Vergaderdatum en -tijd 3 november 2023, 08:45 – 09:30"
    ]
    assert start.citations[0].citation == "LRT 2023-11-03 · header · line 18"
    place = engine.ask("Where was the meeting of 10 November 2023 held?")
    assert [(c.quote, c.span.line_start) for c in place.citations] == [("Vergaderplaats Webex", 11)]


@pytest.mark.parametrize(
    ("question", "code"),
    [
        ("Waar werd de vergadering van 8 juli 2022 gehouden?", "header_lacks"),
        ("What time did the meeting of 6 April 2023 start?", "header_lacks"),
        ("Where was the meeting of 19 March 2025 held?", "header_lacks"),  # a date, no place
        ("When did the meeting of 18 December 2024 start?", "no_meeting"),
        ("Wie vertegenwoordigde Nidos op de vergadering van 10 november 2023?", "not_listed"),
        ("Who represented the IND at the meeting of 6 April 2023?", "not_listed"),
    ],
)  # fmt: skip
def test_what_the_headers_do_not_say_is_not_answered(
    engine: Engine, question: str, code: str
) -> None:
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == code


def test_attendance_in_other_words_and_the_list_on_its_own_lines(engine: Engine) -> None:
    for question in (
        "Which organisations were at the meeting of 6 April 2023?",
        "Wie namen er deel aan de LRT van 3 november 2023?",
    ):
        answer = engine.ask(question)
        assert answer.citations and answer.citations[0].kind == "attendees", question
    listed = engine.ask("Wie namen er deel aan de LRT van 3 november 2023?").citations[0]
    assert (listed.span.line_start, listed.span.line_end) == (20, 27)


def test_the_switches_turn_the_rules_off(engine: Engine) -> None:
    off = engine.with_settings(
        engine.settings.replace(
            meeting_facts=False, header_line_spans=False, attendance_org_listed=False
        )
    )
    assert all(c.kind != "header" for c in off.ask("When was the last LRT meeting?").citations)
    nidos = off.ask("Wie vertegenwoordigde Nidos op de vergadering van 10 november 2023?")
    assert nidos.reason_code != "not_listed"
    listed = off.ask("Wie namen er deel aan de LRT van 3 november 2023?").citations[0]
    assert listed.span.line_start < 20  # the whole header's span


def test_who_was_there_for_an_organisation_quotes_its_attendee_entry(engine: Engine) -> None:
    """ "Wie zat er namens X bij de vergadering" is an attendance question (it was answered with
    two IPO statements of the discussion before): the list led by the IPO entry; an
    organisation the list lacks, not read as a speaker ("there for Nidos"), is `not_listed`."""
    answer = engine.ask("Wie zat er namens de provincies bij de vergadering in juli 2022?")
    assert not answer.abstained, answer.reason
    assert any(
        c.kind == "attendees" and "Dhr. De Reus (IPO)" in c.quote for c in answer.citations
    ), answer.citations
    nidos = engine.ask("Who was there for Nidos at the meeting of 8 July 2022?")
    assert nidos.abstained and nidos.reason_code == "not_listed", nidos.reason
