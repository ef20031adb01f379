"""One period grammar for questions and for --since/--until."""

from __future__ import annotations

import datetime as dt

import pytest

from lrt_search.errors import QueryError
from lrt_search.search.option_dates import parse_bound
from lrt_search.search.question_period import find_period

D = dt.date


@pytest.mark.parametrize(
    ("question", "since", "until"),
    [
        ("Wat gebeurde er tussen april en november 2023?", D(2023, 4, 1), D(2023, 11, 30)),
        ("What happened between April and November 2023?", D(2023, 4, 1), D(2023, 11, 30)),
        ("Hoe ging het van 2022 tot 2025?", D(2022, 1, 1), D(2025, 12, 31)),
        ("from 2022 to 2024", D(2022, 1, 1), D(2024, 12, 31)),
        ("Wat gebeurde er in de eerste helft van 2023?", D(2023, 1, 1), D(2023, 6, 30)),
        ("in the second half of 2023", D(2023, 7, 1), D(2023, 12, 31)),
        ("Wat werd er in het najaar van 2023 besproken?", D(2023, 9, 1), D(2023, 11, 30)),
        ("in the winter of 2023", D(2023, 12, 1), D(2024, 2, 29)),
        ("in 2022 en 2023", D(2022, 1, 1), D(2023, 12, 31)),
        ("vóór 2025", None, D(2024, 12, 31)),
        ("before March 2025", None, D(2025, 2, 28)),
        ("na november 2023", D(2023, 12, 1), None),
        ("sinds april 2023", D(2023, 4, 1), None),
        ("since 8 July 2022", D(2022, 7, 8), None),
        ("in april 2023", D(2023, 4, 1), D(2023, 4, 30)),
        ("op 8 juli 2022", D(2022, 7, 8), D(2022, 7, 8)),
        ("in 2023", D(2023, 1, 1), D(2023, 12, 31)),
    ],
)
def test_question_periods(question: str, since: dt.date | None, until: dt.date | None) -> None:
    found, to, _ = find_period(question)
    assert (found, to) == (since, until)


@pytest.mark.parametrize(
    "question",
    [
        # A half or year that names what a target is for, not when the meeting was.
        "Wat is de taakstelling voor de tweede helft van 2025?",
        "Wat was de taakstelling voor 2023?",
        "Wat is de taakstelling voor 2025-II?",
    ],
)
def test_target_periods_are_not_meeting_periods(question: str) -> None:
    assert find_period(question)[:2] == (None, None)


@pytest.mark.parametrize(
    ("value", "option", "expected"),
    [
        ("april 2023", "since", D(2023, 4, 1)),
        ("april 2023", "until", D(2023, 4, 30)),
        ("2023", "until", D(2023, 12, 31)),
        ("2023", "since", D(2023, 1, 1)),
        ("najaar 2023", "since", D(2023, 9, 1)),
        ("eerste helft van 2024", "until", D(2024, 6, 30)),
        ("2023-11-03", "until", D(2023, 11, 3)),
        ("3 november 2023", "since", D(2023, 11, 3)),
    ],
)
def test_since_until_use_the_same_grammar(value: str, option: str, expected: dt.date) -> None:
    assert parse_bound(value, option) == expected


def test_bound_that_is_no_period_is_a_clear_error() -> None:
    with pytest.raises(QueryError, match=r"--since: 'gisteren' is not a date or period"):
        parse_bound("gisteren", "since")


def test_as_date_takes_periods_and_names_the_parameter() -> None:
    """The Python API and the HTTP API take the command line's periods; errors name the
    parameter (since=), not the command line's option (--since)."""
    import datetime as dt

    from lrt_search.search.option_dates import as_date

    assert as_date("april 2023", "since") == dt.date(2023, 4, 1)
    assert as_date("april 2023", "until") == dt.date(2023, 4, 30)
    assert as_date("najaar 2023", "until") == dt.date(2023, 11, 30)
    assert as_date("3 november 2023", "meeting") == dt.date(2023, 11, 3)
    assert as_date(None, "since") is None
    with pytest.raises(QueryError, match=r"^since: 'gisteren' is not a date or period"):
        as_date("gisteren", "since")
    with pytest.raises(QueryError, match=r"^meeting: not a date: 'gisteren'"):
        as_date("gisteren", "meeting")
