"""Issue 16 session 29 task D (rule ``body_names_read``): every row of tests/data/body_names.toml
(written by eval/make_body_names.py from a list of Dutch public bodies, Hunspell nl and wordfreq;
not from questions) reads its body as one name: every word of the body in one name of
``ParsedQuestion.names`` (the speaker's own words count as that name). No index."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

import pytest

from lrt_search.config import Settings
from lrt_search.index.analysis import words
from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.body_names import body_names, body_noun, is_body_name
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules

_TABLE = Path(__file__).resolve().parents[2] / "data" / "body_names.toml"
#: Bodies of rows the reader does not meet, each with why.
KNOWN_BODIES = {
    "Raad voor de rechtspraak": "noun + 'voor de' + a lower-case noun, not this rule's form: the "
    "name stops at 'Raad', which the minutes write in 'Raad van State'",
    "Landelijke vreemdelingenvoorziening": "'voorziening' is no body noun of speech.toml "
    "body_heads (a facility): the adjective stays no name (rule name_forms_read)",
}


def known_miss(row: dict) -> str:
    """Why ``row`` is a known miss of the reader, or ""."""
    if row["name"] in KNOWN_BODIES:
        return KNOWN_BODIES[row["name"]]
    return ""


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


def read_as_one_name(question: str, body: str, settings: Settings | None = None) -> bool:
    """Whether ``question`` reads ``body`` as one name: a name of its reading holds every word
    of ``body`` in order."""
    rules = SpeakerRules.of(settings or Settings())
    parsed = read_question(question, _table(), Glossary.default(), rules=rules)
    want = words(body)
    return any(words(name)[: len(want)] == want or words(name) == want for name, _ in parsed.names)


@pytest.mark.parametrize("row", rows(), ids=lambda r: r["q"])
def test_a_body_is_read_as_one_name(row: dict) -> None:
    if known_miss(row):
        pytest.xfail(known_miss(row))
    assert read_as_one_name(row["q"], row["name"])


# By hand: the reader's parts (search/body_names.py).


def test_a_body_noun_is_a_head_of_the_list_or_a_compound_ending_in_one() -> None:
    assert body_noun("ombudsman") and body_noun("Kinderombudsman") and body_noun("rekenkamer")
    assert not body_noun("regietafel") and not body_noun("gemeenten")  # a group is no body
    assert not body_noun("beraad")  # "be" is no first part of a compound


def test_a_body_name_is_two_words_one_a_body_noun() -> None:
    assert is_body_name("Eerste Kamer") and is_body_name("Raad van State")
    assert not is_body_name("Kamer") and not is_body_name("Ter Apel")
    assert not is_body_name("Tijdelijke wet Oekraïne")


def test_an_adjective_after_an_article_takes_the_body_noun() -> None:
    q = "Wat zei de Nationale ombudsman over de opvang?"
    assert body_names(q, ["Nationale"]) == ["Nationale ombudsman"]
    q = "What did the Algemene rekenkamer say?"
    assert body_names(q, ["Algemene"]) == ["Algemene rekenkamer"]


def test_a_stopword_adjective_no_name_holds_is_read_too() -> None:
    q = "Wat zei de Tweede kamer over de Spreidingswet?"
    assert body_names(q, ["Spreidingswet"]) == ["Spreidingswet", "Tweede kamer"]


def test_no_body_noun_no_article_or_no_adjective_leaves_the_name() -> None:
    q = "Wat zei de Landelijke regietafel over de opvang?"  # no body noun
    assert body_names(q, ["Landelijke"]) == ["Landelijke"]
    q = "Welke Gelderse gemeente biedt opvang?"  # no article: one of a kind, not a body
    assert body_names(q, ["Gelderse"]) == ["Gelderse"]
    q = "Wat zei De Jonge over de Tijdelijke wet Oekraïne?"  # "wet" is no body noun
    assert body_names(q, ["De Jonge", "Tijdelijke"]) == ["De Jonge", "Tijdelijke"]


def test_the_switch_off_reads_the_adjective_alone() -> None:
    q = "What did the Nationale ombudsman contribute at the LRT of March 2025?"
    assert read_as_one_name(q, "Nationale ombudsman")
    assert not read_as_one_name(q, "Nationale ombudsman", Settings(body_names_read=False))
