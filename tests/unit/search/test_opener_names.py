"""Issue 16 session 29 task D2 (rule ``opener_names_kept``): every row of
tests/data/opener_names.toml (written by eval/make_opener_names.py from the minutes' words and
Hunspell nl; not from questions) keeps its one capitalised name after the question's opening
auxiliary and article ("Was the Rekenkamer mentioned ...?"): the name is one of
``ParsedQuestion.names`` (case folded: an organisation is named by its key, "aedes"). No index."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

import pytest

from lrt_search.config import Settings
from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules

_TABLE = Path(__file__).resolve().parents[2] / "data" / "opener_names.toml"


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


def names(question: str, settings: Settings | None = None) -> list[str]:
    rules = SpeakerRules.of(settings or Settings())
    parsed = read_question(question, _table(), Glossary.default(), rules=rules)
    return [name for name, _ in parsed.names]


@pytest.mark.parametrize("row", rows(), ids=lambda r: r["q"])
def test_a_name_after_the_opening_auxiliary_is_kept(row: dict) -> None:
    assert row["name"].lower() in [n.lower() for n in names(row["q"])]


# By hand (search/phrases.py names_in, rule opener_names_kept).


def test_a_name_after_an_auxiliary_and_an_article_is_kept_and_the_rule_off_drops_it() -> None:
    from lrt_search.search.phrases import names_in

    q = "Was the Rekenkamer mentioned in the discussion of reception?"
    assert names_in(q) == ["Rekenkamer"]
    assert names_in(q, opener=False) == []
    assert names_in("Heeft Wassink iets gezegd over de opvang?") == ["Wassink"]


def test_a_word_after_an_article_or_a_preposition_alone_still_opens_the_sentence() -> None:
    from lrt_search.search.phrases import names_in

    assert names_in("The Minister said what about reception?") == []
    assert names_in("De Kamer stemde in met de wet?") == []
    assert names_in("Per Kolff, what was said?") == ["Kolff"]  # the opener rule, as before
