"""The English nouns shipped in lexicon/data/english_nouns.sqlite (from WordNet): a word that
reads as a noun first, with its singular and its number of senses; verbs, adjectives and
function words are no nouns."""

from __future__ import annotations

import pytest

from lrt_search.lexicon.wordclass import english_noun


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("drug", "drug"),
        ("pension", "pension"),
        ("churches", "church"),
        ("stadiums", "stadium"),
        ("groceries", "grocery"),
        ("Farmers", "farmer"),
    ],
)
def test_a_noun_and_its_singular(word: str, lemma: str) -> None:
    assert english_noun(word)[0] == lemma


@pytest.mark.parametrize("word", ["use", "say", "discussed", "weekly", "elderly", "the", "about"])
def test_verbs_adjectives_and_function_words_are_no_nouns(word: str) -> None:
    assert english_noun(word) == ("", 0)


def test_senses_tell_an_ambiguous_noun() -> None:
    assert english_noun("terrorism")[1] == 1
    assert english_noun("bodies") == ("body", 11)
