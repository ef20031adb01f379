"""Rule topic_weight_words (answer.topic_weight, session 27 task D): an adverb, an undeclined
adjective, a light verb or the noun of a fixed expression cannot alone make a topic absent; a
content word can. The generated table tests/data/topic_weight_words.toml (written by
eval/make_topic_weight_words.py) is read row by row; no index."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from lrt_search.answer.topic_weight import idiom_nouns, light_word
from lrt_search.answer.topics import paraphrases_missing

TABLE = Path(__file__).resolve().parents[2] / "data" / "topic_weight_words.toml"
ROWS = tomllib.loads(TABLE.read_text(encoding="utf-8"))["row"]


@pytest.mark.parametrize(
    ("word", "english", "kind"),
    [
        ("alvast", False, "adverb"),
        ("langzaam", False, "adjective"),
        ("muurvast", False, "adjective"),
        ("zaten", False, "light_verb"),
        ("finally", True, "adverb"),
        ("bitterly", True, "adverb"),
    ],
)
def test_words_that_name_no_topic(word: str, english: bool, kind: str) -> None:
    assert light_word(word, english) == kind


@pytest.mark.parametrize(
    ("word", "english"),
    [
        ("woonboten", False),
        ("hittegolf", False),
        ("belastingverhoging", False),
        ("zwangere", False),  # declined: before a noun
        ("omliggende", False),
        ("afkalven", False),  # a specific verb, rare
        ("gesloten", False),  # a participle
        ("Rijk", False),  # a name
        ("supply", True),
        ("apply", True),
        ("heatwave", True),
    ],
)
def test_content_words_stay_topic_words(word: str, english: bool) -> None:
    assert light_word(word, english) == ""


def test_idiom_nouns_need_the_expression_and_its_verb() -> None:
    assert idiom_nouns("Komt de inburgering langzaam op gang?") == {"gang"}
    assert idiom_nouns("Speelt het Rijk te weinig de baas?") == {"baas"}
    assert idiom_nouns("Wie is de baas van het COA?") == frozenset()
    assert idiom_nouns("Wat gebeurt er in de gang van het azc?") == frozenset()


def test_light_units_are_missing_only_beside_a_missing_content_word() -> None:
    light = [("alvast", ("alvast",), frozenset())]
    heavy = [("woonboten", ("woonboten",), frozenset())]
    assert paraphrases_missing([], light, False, 2.0) == []
    assert paraphrases_missing(heavy, light, False, 2.0) == light


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['lang']}:{r['word']}" for r in ROWS])
def test_topic_weight_table(row: dict[str, object]) -> None:
    word, english = str(row["word"]), row["lang"] == "en"
    if "context" in row:
        cls = "idiom" if word in idiom_nouns(str(row["context"])) else ""
    else:
        cls = light_word(word, english)
    assert cls == row["class"]
    assert (not cls) == row["topic"]
