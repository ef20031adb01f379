"""Rule ``option_date_forms``: the table of date option values in every written form
(tests/data/option_dates.toml, written by eval/make_option_dates.py) reads as the day
``--since`` / ``--until`` / ``date:`` take, or as a one-line error naming the option and the
value; and the generator still writes it."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from lrt_search.errors import QueryError
from lrt_search.search.option_dates import parse_bound

ROOT = Path(__file__).resolve().parents[3]
TABLE_PATH = ROOT / "tests" / "data" / "option_dates.toml"
ROWS = tomllib.loads(TABLE_PATH.read_text("utf-8"))["row"]


def test_the_table_is_written_by_its_generator() -> None:
    before = TABLE_PATH.read_text("utf-8")
    subprocess.run([sys.executable, str(ROOT / "eval" / "make_option_dates.py")], check=True)
    assert TABLE_PATH.read_text("utf-8") == before


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['lang']}-{r['value']}" for r in ROWS])
def test_an_option_value_reads_as_its_day_or_an_error(row: dict[str, object]) -> None:
    value = str(row["value"])
    for option in ("since", "until"):
        if row["error"]:
            with pytest.raises(QueryError) as caught:
                parse_bound(value, option)
            message = str(caught.value)
            assert "\n" not in message and f"--{option}" in message and repr(value) in message
        else:
            assert parse_bound(value, option).isoformat() == row[option]


@pytest.mark.parametrize("value", ["last year", "vorig jaar", "1ste mei", "July 8", "gisteren"])
def test_a_bad_value_is_a_value_error_naming_the_parameter(value: str) -> None:
    """The Python API (``Engine.search(since=...)``, through ``as_date``) raises one line that
    names the parameter and the value: a QueryError, and a ValueError to Python callers."""
    from lrt_search.errors import DateOptionError
    from lrt_search.search.option_dates import as_date

    for option in ("since", "until"):
        with pytest.raises(ValueError) as caught:
            as_date(value, option)
        assert isinstance(caught.value, DateOptionError | QueryError)
        message = str(caught.value)
        assert message.startswith(f"{option}: {value!r} ") and "\n" not in message


def test_the_api_reads_the_question_date_forms() -> None:
    import datetime as dt

    from lrt_search.search.option_dates import as_date

    assert as_date("1ste mei 2023", "since") == dt.date(2023, 5, 1)
    assert as_date("het 2de kwartaal van 2023", "until") == dt.date(2023, 6, 30)
    assert as_date("Q2 2023", "since") == dt.date(2023, 4, 1)
    assert as_date(dt.date(2023, 5, 1), "until") == dt.date(2023, 5, 1)


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['lang']}-{r['value']}" for r in ROWS])
def test_a_meeting_value_reads_as_its_day_or_an_error(row: dict[str, object]) -> None:
    """``--meeting`` takes one day in the same forms: a row whose period is one day reads as
    that day; a longer period ("november 2023") or an error row is a one-line error."""
    from lrt_search.search.option_dates import meeting_day

    value = str(row["value"])
    if not row["error"] and row["since"] == row["until"]:
        assert meeting_day(value).isoformat() == row["since"]
    else:
        with pytest.raises(QueryError) as caught:
            meeting_day(value)
        message = str(caught.value)
        assert "\n" not in message and "--meeting" in message and repr(value.strip()) in message
