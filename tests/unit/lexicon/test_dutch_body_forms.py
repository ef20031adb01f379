"""Issue 16 session 24 task B2: every Dutch form a user writes for a body of the minutes, from
tests/data/dutch_body_forms.toml (written from the organisation table, the roles, the glossary
and the minutes' capital words; not from questions), and how the question reader reads each.
(Its written-out forms of the minutes' abbreviations left with rule written_out_forms, deleted
in session 24 task H3.)"""

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

_TABLE = Path(__file__).resolve().parents[2] / "data" / "dutch_body_forms.toml"


@cache
def _data() -> dict:
    return tomllib.loads(_TABLE.read_text(encoding="utf-8"))


def body_rows(frame: str) -> list[tuple[str, str]]:
    """(question, code): every body's forms in every frame of kind ``frame``."""
    data = _data()
    return [
        (template.format(f=form), code)
        for code, body in data["body"].items()
        for form in body["forms"]
        for template in data["frames"][frame]
    ]


def _table() -> OrgTable:
    s = Settings()
    flags = (s.org_full_names, s.org_groups, s.org_longest_title)
    return OrgTable.default(
        None, *flags, s.org_english_forms, s.org_coordinated_heads, s.org_dutch_forms
    )


def _read(question: str) -> ParsedQuestion:
    rules = SpeakerRules.of(Settings())
    return read_question(question, _table(), Glossary.default(), rules=rules)


@pytest.mark.parametrize(("question", "code"), body_rows("speaker"))
def test_a_dutch_form_names_its_body_as_the_speaker(question: str, code: str) -> None:
    assert _read(question).speaker == (code,)


@pytest.mark.parametrize(("question", "code"), body_rows("named") + body_rows("topic"))
def test_a_dutch_form_names_its_body_and_no_name_of_its_own(question: str, code: str) -> None:
    assert {m.code for m in _table().query_mentions(question)} == {code}
    assert [n for n, kind in _read(question).names if kind == "name"] == []
