"""Rule ``everyday_periods``: the periods read from everyday words (lexicon/data/periods.toml)."""

from __future__ import annotations

import datetime as dt

import pytest

from lrt_search.search.everyday import (
    UNHELD,
    day_after_noun,
    easter,
    everyday_spans,
    find_everyday,
    yearless,
)
from lrt_search.search.parsed import question_period
from lrt_search.search.question_period import find_period

D = dt.date
MEETINGS = (D(2022, 7, 8), D(2023, 4, 6), D(2023, 11, 3), D(2023, 11, 10), D(2025, 3, 19))


def _has_meeting(since: dt.date, until: dt.date) -> bool:
    return any(since <= d <= until for d in MEETINGS)


@pytest.mark.parametrize(
    ("text", "since", "until"),
    [
        ("Wat is er besproken in de vergadering van kerst 2023?", D(2023, 12, 24), D(2023, 12, 26)),
        ("What was said at Christmas 2023?", D(2023, 12, 24), D(2023, 12, 26)),
        ("met Pasen 2023", D(2023, 4, 7), D(2023, 4, 10)),
        ("in de zomervakantie van 2022", D(2022, 7, 22), D(2022, 8, 18)),
        ("begin 2023", D(2023, 1, 1), D(2023, 4, 30)),
        ("medio 2023", D(2023, 5, 1), D(2023, 8, 31)),
        ("mid-2023", D(2023, 5, 1), D(2023, 8, 31)),
        ("eind 2023", D(2023, 9, 1), D(2023, 12, 31)),
        ("in early 2024", D(2024, 1, 1), D(2024, 4, 30)),
        ("late 2023", D(2023, 9, 1), D(2023, 12, 31)),
        ("at the end of March 2025", D(2025, 3, 21), D(2025, 3, 31)),
        ("eind februari 2024", D(2024, 2, 21), D(2024, 2, 29)),
        ("in H2 2023", D(2023, 7, 1), D(2023, 12, 31)),
        ("in Q3 2023", D(2023, 7, 1), D(2023, 9, 30)),
        ("in het derde kwartaal van 2023", D(2023, 7, 1), D(2023, 9, 30)),
        ("in the fourth quarter of 2023", D(2023, 10, 1), D(2023, 12, 31)),
        ("in week 45 van 2023", D(2023, 11, 6), D(2023, 11, 12)),
        ("de week van 8 november 2023", D(2023, 11, 6), D(2023, 11, 12)),
    ],
)
def test_everyday_periods_with_a_year(text: str, since: dt.date, until: dt.date) -> None:
    found = find_everyday(text)
    assert found is not None and found[:2] == (since, until)
    assert question_period(text, True, None)[:2] == (since, until)
    assert question_period(text, False, None)[:2] != (since, until)


@pytest.mark.parametrize(
    ("text", "since", "until"),
    [
        ("Wat is er op 10 november besproken?", D(2023, 11, 10), D(2023, 11, 10)),
        ("the meeting of 6 April", D(2023, 4, 6), D(2023, 4, 6)),
        ("de week van 6 november", D(2023, 11, 6), D(2023, 11, 12)),
        # no meeting in any year of the minutes: the latest year, which holds none either
        ("Wat is er op 18 december besproken?", D(2025, 12, 18), D(2025, 12, 18)),
        ("Wat is er met Pasen besproken?", D(2025, 4, 18), D(2025, 4, 21)),
    ],
)
def test_periods_without_a_year_are_read_in_the_years_of_the_minutes(
    text: str, since: dt.date, until: dt.date
) -> None:
    found = yearless(text, [2022, 2023, 2025], _has_meeting)
    assert found is not None and found[:2] == (since, until)
    assert "2022, 2023, 2025" in found[2]


def test_a_bare_day_is_no_meeting_day() -> None:
    # "de datum van 1 april" is a deadline: a day without a year is read only after "op"/"on"
    # or a word of the meetings.
    assert yearless("Is de datum van 1 april gehaald?", [2023], _has_meeting) is None
    # a holiday without a year only after a word of time ("met Pasen", "at Christmas")
    assert yearless("What are the plans for the new year?", [2023], _has_meeting) is None
    assert yearless("Wat gebeurt er na de zomervakantie?", [2023], _has_meeting) is None


def test_a_day_without_a_meeting_needs_words_of_the_meetings() -> None:
    question = "Met wie gaat de staatssecretaris op 20 november praten?"
    assert yearless(question, [2022, 2023, 2025], _has_meeting, meeting_words=False) is None
    found = yearless("op 10 november", [2022, 2023, 2025], _has_meeting, meeting_words=False)
    assert found is not None and found[:2] == (D(2023, 11, 10), D(2023, 11, 10))


def test_a_bound_before_a_part_is_no_period() -> None:
    assert find_everyday("How many still needed housing before the end of 2023?") is None
    assert find_everyday("Wat moest er tot eind 2023 gebeuren?") is None


def test_relative_periods_are_not_read() -> None:
    assert find_period("Wat is er vorig jaar besproken?")[:2] == (None, None)
    assert yearless("What was discussed last year?", [2023], _has_meeting) is None


def test_easter() -> None:
    assert [easter(y) for y in (2022, 2023, 2024, 2025)] == [
        D(2022, 4, 17), D(2023, 4, 9), D(2024, 3, 31), D(2025, 4, 20),
    ]  # fmt: skip


def test_spans_cover_the_period_words() -> None:
    text = "Wat zei de VNG in Q4 2023 en met Pasen?"
    covered = {text[a:b] for a, b in everyday_spans(text)}
    assert {"Q4 2023", "met Pasen"} <= covered


def test_a_yearless_day_held_in_no_year_is_labelled_so() -> None:
    """A meeting day without a year held in no year is read in the latest year, but its
    label names no guessed year (rule unheld_day_written's reason says the same)."""

    def meets(since: dt.date, until: dt.date) -> bool:
        return since <= dt.date(2022, 7, 8) <= until

    unheld = yearless("the LRT of 18 December", [2022, 2025], meets)
    assert unheld is not None and unheld[0] == dt.date(2025, 12, 18)
    assert unheld[2] == f"LRT of 18 December (2022, 2025): {UNHELD}"
    held = yearless("the LRT of 8 July", [2022, 2025], meets)
    assert held is not None and held[2].endswith("2022-07-08 to 2022-07-08")


def test_a_day_before_a_meeting_noun_is_moved_after_it() -> None:
    assert day_after_noun("What was discussed at the 18 December LRT?") == (
        "What was discussed at the LRT of 18 December?"
    )
    assert day_after_noun("de 2 juni vergadering") == "de vergadering van 2 juni"
    assert day_after_noun("the 18 December 2023 LRT") == "the 18 December 2023 LRT"
