"""The Dutch word classes shipped in lexicon/data/wordclass.sqlite: an everyday adjective or verb
form is a paraphrase word, a noun never is (it names a topic)."""

from __future__ import annotations

import pytest

from lrt_search.lexicon.wordclass import dutch_class, is_paraphrase_word


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("rustig", "A"),
        ("zinvol", "A"),
        ("zwaarder", "A"),  # a comparative
        ("omliggende", "A"),  # an inflected adjective
        ("stabiel", "A"),
        ("gereageerd", "V"),  # a past participle
        ("binnenkwamen", "V"),  # a separable compound verb, past plural
        ("afnemen", "V"),
    ],
)
def test_adjectives_and_verb_forms_are_paraphrase_words(word: str, kind: str) -> None:
    assert dutch_class(word) == kind
    assert is_paraphrase_word(word) and is_paraphrase_word(word.capitalize())


@pytest.mark.parametrize(
    "word",
    [
        "studenten",  # a plural
        "beveiliging",
        "criminaliteit",
        "huisarts",
        "staking",
        "druk",  # a noun and an adjective: the noun reading keeps it a topic word
        "werken",  # a verb and the plural of "werk"
        "huurwoning",  # a compound whose last part is a noun
        "excuses",  # a plural listed on its own, without flags
        "naartoe",  # invariable: the dictionary cannot tell its class
        "qwzxv",  # no Dutch word
    ],
)
def test_nouns_and_words_the_dictionary_cannot_class_are_topic_words(word: str) -> None:
    assert dutch_class(word) == ""
    assert not is_paraphrase_word(word)
