"""Issue 16 session 23 task E2: every English form a user writes for a body, an office or an
agenda part of the minutes, generated from tests/data/english_body_forms.toml (subjects per
body, forms per office kind; not from questions), and how the question reader resolves each."""

from __future__ import annotations

import tomllib
from functools import cache
from itertools import permutations
from pathlib import Path
from types import SimpleNamespace

import pytest

from lrt_search.answer.act_stated import asked_acts
from lrt_search.config import Settings
from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.intents import asks
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules

_TABLE = Path(__file__).resolve().parents[2] / "data" / "english_body_forms.toml"


@cache
def _data() -> dict:
    return tomllib.loads(_TABLE.read_text(encoding="utf-8"))


def _fill(template: str, subject: str) -> str:
    """A template with its subject: "the interior" keeps its article after "of"/"for" only."""
    bare = subject.removeprefix("the ")
    if template.startswith("the {s}") or template.startswith("{s}"):
        return template.format(s=bare)
    return template.format(s=subject)


def single_forms() -> list[tuple[str, str]]:
    """(form, code) for every body's subjects under its kinds' templates, and its own forms."""
    data, out = _data(), []
    for code, body in data["body"].items():
        for kind, subjects in body.items():
            if kind in ("forms", "described"):
                out.extend((form, code) for form in subjects)
                continue
            for template in data["templates"][kind]:
                out.extend((_fill(template, s), code) for s in subjects)
    return list(dict.fromkeys(out))


def coordinated_forms() -> list[tuple[str, tuple[str, str]]]:
    """(form, (code, code)) for two bodies' first bare subjects of a kind under one plural head."""
    data, out = _data(), []
    for kind, templates in data["coordinated"].items():
        firsts = [
            (code, body[kind][0].removeprefix("the "))
            for code, body in data["body"].items()
            if kind in body
        ]
        for (c1, s1), (c2, s2) in permutations(firsts, 2):
            if " and " in s1 or " and " in s2 or {c1, c2} <= {"JenV", "SJenV", "MAenM"}:
                continue  # a subject with "and" in it is one body ("justice and security")
            out.extend((t.format(a=s1, b=s2), (c1, c2)) for t in templates)
    return out


def _table() -> OrgTable:
    s = Settings()
    flags = (s.org_full_names, s.org_groups, s.org_longest_title)
    return OrgTable.default(None, *flags, s.org_english_forms, s.org_coordinated_heads)


def _read(question: str) -> tuple[str, ...]:
    rules = SpeakerRules.of(Settings())
    return read_question(question, _table(), Glossary.default(), rules=rules).speaker


@pytest.mark.parametrize(("form", "code"), single_forms())
def test_a_form_names_its_body_as_the_speaker(form: str, code: str) -> None:
    assert _read(f"What did {form} say about housing?") == (code,)


@pytest.mark.parametrize(("form", "code"), single_forms())
def test_a_possessive_form_names_its_body(form: str, code: str) -> None:
    assert [m.code for m in _table().query_mentions(f"What was {form}'s position?")] == [code]


@pytest.mark.parametrize(("form", "codes"), coordinated_forms())
def test_coordinated_bodies_are_both_the_speaker(form: str, codes: tuple[str, str]) -> None:
    assert set(_read(f"What did {form} say about housing?")) == set(codes)


@pytest.mark.parametrize(("form", "dutch"), list(_data()["agenda"].items()))
def test_an_agenda_part_finds_the_minutes_word(form: str, dutch: str) -> None:
    assert dutch in Glossary.default().expand(f"What was said under {form}?")


def _finds(form: str, dutch: str) -> bool:
    """Whether ``form`` writes the minutes' word ``dutch`` or the glossary gives it."""
    return dutch in form.split() or dutch in Glossary.default().expand(f"What was said at {form}?")


@pytest.mark.parametrize("form", _data()["table"]["forms"])
def test_the_table_is_the_lrt_and_no_body(form: str) -> None:
    assert _finds(form, "LRT")
    assert _read(f"What was decided at {form} about housing?") == ()


@pytest.mark.parametrize("form", _data()["table"]["forms"])
def test_withdrawing_from_the_table_is_a_premise_act(form: str) -> None:
    question = f"Why did the VNG withdraw from {form}?"
    assert asks("why", question)
    assert "leave" in asked_acts(SimpleNamespace(settings=Settings()), question, True)[0]


@pytest.mark.parametrize("form", _data()["group"]["forms"])
def test_a_group_of_governments_is_the_minutes_medeoverheden(form: str) -> None:
    assert _finds(form, "medeoverheden")
    assert _read(f"What did {form} say about housing?") == ()


@pytest.mark.parametrize("form", _data()["negative"]["forms"])
def test_a_head_alone_is_no_body(form: str) -> None:
    assert _read(f"What did {form} say about housing?") == ()
    assert not _finds(form, "LRT")


@pytest.mark.parametrize(("form", "code"), list(_data()["apposition"]["forms"].items()))
def test_a_body_and_its_description_are_one_speaker(form: str, code: str) -> None:
    assert _read(f"What did {form} say about housing?") == (code,)
