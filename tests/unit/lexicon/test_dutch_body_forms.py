"""Issue 16 session 24 task B2: every Dutch form a user writes for a body of the minutes, and the
written-out forms of the abbreviations the minutes use for terms, from
tests/data/dutch_body_forms.toml (written from the organisation table, the roles, the glossary
and the minutes' capital words; not from questions), and how the question reader reads each."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

import pytest

from lrt_search.config import Settings
from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.lexicon.synonyms import Synonyms
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


def term_rows() -> list[tuple[str, tuple[str, ...]]]:
    """(question, the abbreviation as the minutes write it) of every written-out form."""
    data = _data()
    return [
        (template.format(f=form), tuple(term["minutes"]))
        for term in data["term"].values()
        for form in term["forms"]
        for template in data["frames"]["topic"]
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


def _synonyms() -> Synonyms:
    # rule written_out_forms, off by default (docs/settings.md): the rows check its data
    s = Settings()
    return Synonyms.default(s.stemmer, s.plain_words, True)


@pytest.mark.parametrize(("question", "code"), body_rows("speaker"))
def test_a_dutch_form_names_its_body_as_the_speaker(question: str, code: str) -> None:
    assert _read(question).speaker == (code,)


@pytest.mark.parametrize(("question", "code"), body_rows("named") + body_rows("topic"))
def test_a_dutch_form_names_its_body_and_no_name_of_its_own(question: str, code: str) -> None:
    assert {m.code for m in _table().query_mentions(question)} == {code}
    assert [n for n, kind in _read(question).names if kind == "name"] == []


@pytest.mark.parametrize(("question", "written"), term_rows())
def test_a_written_out_form_finds_the_minutes_abbreviation(
    question: str, written: tuple[str, ...]
) -> None:
    found = {w.lower() for w in _synonyms().expand(question)}
    assert found & {w.lower() for w in written}
