"""Issue 16 session 30 task F (rules ``office_names_read`` and ``attendance_joins_read``; eval/
blind29.md class 10): every row of tests/data/office_names.toml (written by
eval/make_office_names.py from lexicon/data/roles.toml ``office_codes``, the ministers of
organisations.toml and the minutes' attendee lists; not from questions) is read as its office,
asked as the speaker or as an attendee, with the office's code ("the Prime Minister" -> "MP",
never "minister" -> every minister), and "did X ever join one of these meetings" as an
attendance question. No index."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

import pytest

from lrt_search.config import Settings
from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import ParsedQuestion, read_question
from lrt_search.search.query import SpeakerRules

_TABLE = Path(__file__).resolve().parents[2] / "data" / "office_names.toml"


@cache
def rows() -> list[dict]:
    return tomllib.loads(_TABLE.read_text(encoding="utf-8"))["row"]


@cache
def _table() -> OrgTable:
    s = Settings()
    flags = (s.org_full_names, s.org_groups, s.org_longest_title)
    return OrgTable.default(
        None, *flags, s.org_english_forms, s.org_coordinated_heads, s.org_dutch_forms
    )


def reading(question: str, settings: Settings | None = None) -> ParsedQuestion:
    rules = SpeakerRules.of(settings or Settings())
    return read_question(question, _table(), Glossary.default(), rules=rules)


def office_read(parsed: ParsedQuestion) -> tuple[bool, str]:
    """(an office read as asked, its code)."""
    return bool(getattr(parsed, "office", "")), getattr(parsed, "office_code", "")


@pytest.mark.parametrize("row", rows(), ids=lambda r: r["q"])
def test_an_office_is_read_as_its_one_office(row: dict) -> None:
    assert office_read(reading(row["q"])) == (row["office"], row["code"])


@pytest.mark.parametrize("row", rows(), ids=lambda r: r["q"])
def test_joining_the_meetings_is_an_attendance_question(row: dict) -> None:
    assert reading(row["q"]).attendance == row["attendance"]
