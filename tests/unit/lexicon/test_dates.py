"""Dates and times as the minutes and users write them."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from lrt_search.errors import QueryError
from lrt_search.lexicon.dates import (
    ENGLISH_ORDINAL,
    LONG_ORDINAL,
    ORDINAL_SUFFIX,
    SHORT_ORDINAL,
    as_date,
    day_month,
    day_with_month,
    find_date,
    find_time,
    looks_like_date,
    month_names,
    parse_date_arg,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vergaderdatum: 3 november 2023", dt.date(2023, 11, 3)),
        ("LRT 8 juli 2022", dt.date(2022, 7, 8)),
        ("on March 19, 2025 the table met", dt.date(2025, 3, 19)),
        ("19-03-2025", dt.date(2025, 3, 19)),
        ("6/4/2023", dt.date(2023, 4, 6)),
        ("2023-11-10", dt.date(2023, 11, 10)),
        ("1e april 2023", dt.date(2023, 4, 1)),
        ("mrt. 2025 and 14 mrt 2025", dt.date(2025, 3, 14)),
    ],
)
def test_find_date_reads_the_forms_the_minutes_use(text: str, expected: dt.date) -> None:
    assert find_date(text) == expected


def test_find_date_takes_the_first_date_in_the_text() -> None:
    assert find_date("Datum 13 november 2023 ... vergadering van 10 november 2023") == dt.date(
        2023, 11, 13
    )


@pytest.mark.parametrize("text", ["31 februari 2023", "2023-13-01", "geen datum", "32-01-2024"])
def test_impossible_or_missing_dates_are_none(text: str) -> None:
    assert find_date(text) is None


def test_looks_like_date_flags_attempts() -> None:
    assert looks_like_date("31 februari 2023")
    assert not looks_like_date("Agendapunt 3: opvang")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("aanvang 9.15 uur", "09:15"), ("14:00 - 16:00", "14:00"), ("geen tijd", None)],
)
def test_find_time(text: str, expected: str | None) -> None:
    assert find_time(text) == expected


def test_as_date_accepts_dates_strings_and_nothing() -> None:
    assert as_date(None, "since") is None
    assert as_date("", "since") is None
    assert as_date(dt.datetime(2023, 4, 6, 10, 0), "since") == dt.date(2023, 4, 6)
    assert as_date("6 april 2023", "until") == dt.date(2023, 4, 6)


def test_as_date_names_the_option_in_its_error() -> None:
    with pytest.raises(QueryError, match="--since: not a date: 'gisteren'"):
        as_date("gisteren", "since")
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_date_arg("soon")


def test_day_month_is_one_group_free_pattern_of_both_orders() -> None:
    """The shared fragment (find_date, day_with_month, search/date_roles.py): no group of its
    own, either order, ordinals and "of" only when asked."""
    both = re.compile(day_month(r"\d{1,2}", "(?:mei|may)"), re.I)
    assert both.groups == 0
    for text in ("1 mei", "1e mei", "1st of May", "May 1st", "may. 1"):
        assert both.fullmatch(text), text
    plain = re.compile(day_month("0?1", "(?:mei|may)", ordinals=False, dot="", end=r"\b"), re.I)
    assert plain.fullmatch("01 mei") and not plain.fullmatch("1e mei")
    assert not plain.fullmatch("1st of May") and not plain.fullmatch("May. 1")
    dotted = re.compile(day_with_month(9, month_names(7), dot=True), re.I)
    assert dotted.search("op 9 jul. besproken") and dotted.search("on Jul. 9")
    assert not dotted.search("9th of July")
    assert find_date("the 3rd of November 2023") == dt.date(2023, 11, 3)
    assert find_date("November 3rd, 2023") == dt.date(2023, 11, 3)


def test_ordinal_suffixes_are_written_once() -> None:
    """The suffixes of an ordinal in digits ("1e", "2de", "21ste", "3rd") are written in
    lexicon/dates.py only; every other pattern takes ORDINAL_SUFFIX, SHORT_ORDINAL or
    ENGLISH_ORDINAL (session 28 task F: 21 inline copies in 12 modules had drifted into three
    sets)."""
    assert ORDINAL_SUFFIX == "(?:ste|de|st|nd|rd|th|e)"
    assert SHORT_ORDINAL == "(?:e|st|nd|rd|th)" and ENGLISH_ORDINAL == "(?:st|nd|rd|th)"
    assert LONG_ORDINAL == "(?:ste|de)"  # rule ordinal_forms_everywhere: "2de kwartaal"
    inline = re.compile(r"\b(?:st\|nd\|rd|nd\|rd\|th|ste\|de)\b")
    package = Path(__file__).resolve().parents[3] / "lrt_search"
    found = [
        f"{path.relative_to(package)}:{n}"
        for path in sorted(package.rglob("*.py"))
        if path.name != "dates.py" or path.parent.name != "lexicon"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if inline.search(line)
    ]
    assert found == []
    assert re.fullmatch(rf"\d+{ORDINAL_SUFFIX}", "21ste") and re.fullmatch(
        rf"\d{SHORT_ORDINAL}", "1e"
    )
    assert not re.fullmatch(rf"\d+{SHORT_ORDINAL}", "21ste")
    assert not re.fullmatch(rf"\d{ENGLISH_ORDINAL}", "1e")
