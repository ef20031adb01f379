"""Date option values in the forms of the date-forms table (eval/make_option_dates.py) through
the real command line: ``--since "1ste mei 2023"``, ``--until "3rd of November 2023"``,
``date:"3de november 2023"`` filter as the day they write; a value without a year is a one-line
error naming the option and the value, exit 2."""

from __future__ import annotations

import json

import pytest

from lrt_search.interfaces.cli import main


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run the CLI in-process; returns (exit code, stdout, stderr)."""
    with pytest.raises(SystemExit) as info:
        main(argv)
    captured = capsys.readouterr()
    code = info.value.code
    return (0 if code is None else int(code)), captured.out, captured.err


def one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


@pytest.fixture
def paths(built) -> list[str]:
    """``--corpus`` and ``--index`` of the session index (read only)."""
    return ["--corpus", str(built.corpus), "--index", str(built.index)]


@pytest.mark.parametrize(
    ("options", "since", "until"),
    [
        (["--since", "1ste mei 2023"], "2023-05-01", "9999"),
        (["--until", "3rd of November 2023"], "0000", "2023-11-03"),
        (["--since", "8/7/22", "--until", "Q2 2023"], "2022-07-08", "2023-06-30"),
        (["--since", "2de kwartaal 2023"], "2023-04-01", "9999"),
    ],
)
def test_option_date_forms_filter(paths, capsys, options, since, until) -> None:
    code, out, err = run(["search", "opvang", "--json", "-k", "50", *options, *paths], capsys)
    assert code == 0, err
    hits = json.loads(out)["hits"]
    assert hits
    assert all(since <= h["meeting_date"] <= until for h in hits)


def test_date_operator_reads_an_ordinal_day(paths, capsys) -> None:
    code, out, err = run(["search", 'opvang date:"3de november 2023"', "--json", *paths], capsys)
    assert code == 0, err
    assert {h["meeting_date"] for h in json.loads(out)["hits"]} == {"2023-11-03"}


def test_a_date_without_a_year_is_a_one_line_error(paths, capsys) -> None:
    code, out, err = run(["search", "opvang", "--since", "1ste mei", *paths], capsys)
    assert code == 2, (out, err)
    line = one_line_error(err)
    assert "--since" in line and "1ste mei" in line
    assert out == ""


@pytest.mark.parametrize("command", ["search", "ask"])
def test_a_value_that_is_no_date_is_a_one_line_error(paths, capsys, command) -> None:
    code, out, err = run([command, "opvang", "--until", "last year", *paths], capsys)
    assert code == 2, (out, err)
    line = one_line_error(err)
    assert "--until" in line and "last year" in line
    assert out == ""


def test_meeting_reads_a_day_in_any_form(paths, capsys) -> None:
    code, out, err = run(
        ["search", "opvang", "--json", "--meeting", "3de november 2023", *paths], capsys
    )
    assert code == 0, err
    assert {h["meeting_date"] for h in json.loads(out)["hits"]} == {"2023-11-03"}


def test_meeting_that_is_a_period_is_a_one_line_error(paths, capsys) -> None:
    code, out, err = run(["search", "opvang", "--meeting", "november 2023", *paths], capsys)
    assert code == 2, (out, err)
    line = one_line_error(err)
    assert "--meeting" in line and "november 2023" in line
    assert out == ""
