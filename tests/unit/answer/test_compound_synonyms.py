"""Rule ``compound_synonyms_read`` (answer.compound_synonyms) on inputs built by hand and on
every row of tests/data/compound_synonyms.toml (eval/make_compound_synonyms.py), read against
the vocabulary of the bundled corpus's text, no index."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

import pytest

from lrt_search.answer.compound_synonyms import (
    dutch_compound,
    dutch_compounds,
    pair_candidates,
    pair_compounds,
    with_modifiers,
)
from lrt_search.config import Settings
from lrt_search.index.analysis import dutch_stopwords, words
from lrt_search.lexicon.synonyms import Synonyms

ROOT = Path(__file__).resolve().parents[3]
ROWS = tomllib.loads((ROOT / "tests/data/compound_synonyms.toml").read_text("utf-8"))["row"]


class _Analyzer:
    def __init__(self, vocabulary: set[str]) -> None:
        self.vocabulary = vocabulary


class _Retriever:
    """What the rule reads of a retriever: the analyzer's vocabulary, synonyms, settings."""

    def __init__(self, vocabulary: set[str], **settings: object) -> None:
        self.analyzer = _Analyzer(vocabulary)
        self.synonyms = Synonyms.default()
        self.settings = Settings().replace(**settings) if settings else Settings()


@cache
def _corpus_vocabulary() -> frozenset[str]:
    out: set[str] = set()
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        out.update(w for w in words(path.read_text("utf-8")) if len(w) >= 4 and w.isalpha())
    return frozenset(out - dutch_stopwords())


def _found(retriever: _Retriever, row: dict[str, str]) -> list[str]:
    question, form = row["question"], row["form"]
    if form in ("dutch", "twin"):
        return dutch_compounds(retriever, question)  # type: ignore[arg-type]
    first, second = question.split()
    return pair_candidates(retriever, first, second, form != "apart")  # type: ignore[arg-type]


def _failing(**settings: object) -> list[str]:
    retriever = _Retriever(set(_corpus_vocabulary()), **settings)
    out = []
    for row in ROWS:
        found = _found(retriever, row)
        if (row["finds"] not in found) if row["finds"] else found:
            out.append(f"{row['question']} ({row['form']}): {found} for {row['finds']!r}")
    return out


def test_every_row_of_the_table_is_read() -> None:
    assert len(ROWS) > 400
    assert _failing() == []


def test_with_the_rule_off_no_compound_is_found() -> None:
    failing = _failing(compound_synonyms_read=False)
    assert len(failing) == sum(1 for row in ROWS if row["finds"])


@pytest.mark.parametrize(
    ("word", "found"),
    [
        ("flexhuizen", "flexwoningen"),
        ("huizenzoekenden", "woningzoekenden"),
        ("huisdieren", ""),  # "huis" in another sense: no "woningdieren"
        ("flexkantoren", ""),  # no synonym of "kantoren"
        ("meewerkers", ""),  # a modifier of three letters
    ],
)
def test_one_part_replaced_by_its_synonym(word: str, found: str) -> None:
    retriever = _Retriever({"flexwoningen", "woningzoekenden", "woning", "medewerkers"})
    assert dutch_compound(retriever, word) == found  # type: ignore[arg-type]


def test_a_verb_form_is_no_compound() -> None:
    retriever = _Retriever({"meewerken", "samenwerken"})
    assert dutch_compounds(retriever, "samenarbeiden") == []  # type: ignore[arg-type]


def test_pairs_dutch_apart_and_english() -> None:
    retriever = _Retriever({"opstartwoningen", "voorportalen", "vakantiepark"})
    pairs = pair_compounds(retriever, "opstart huizen", False)  # type: ignore[arg-type]
    assert pairs == [("opstartwoningen", ("opstart", "huizen"))]
    front = pair_compounds(retriever, "front portals", True)  # type: ignore[arg-type]
    assert front == [("voorportalen", ("front", "portals"))]
    assert pair_compounds(retriever, "holiday homes", True) == []  # type: ignore[arg-type]
    assert pair_compounds(retriever, "front offices", True) == []  # type: ignore[arg-type]
    off = _Retriever({"voorportalen"}, compound_synonyms_read=False)
    assert pair_compounds(off, "front portals", True) == []  # type: ignore[arg-type]


def test_a_dropped_stopword_modifier_is_put_back() -> None:
    retriever = _Retriever({"voorportalen"})
    question = "How many people stay in the front portals?"
    topic = with_modifiers(retriever, "people stay portals", question, True)  # type: ignore[arg-type]
    assert topic == "people stay front portals"
    off = _Retriever({"voorportalen"}, compound_synonyms_read=False)
    assert with_modifiers(off, "people stay portals", question, True) == "people stay portals"  # type: ignore[arg-type]
