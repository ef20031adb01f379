"""Rule ``name_forms_read`` (answer/name_words.py): which capitalised words name no one. No
index: the word lists, the word class table and wordfreq only."""

from __future__ import annotations

import pytest

from lrt_search.answer.name_words import general_word, no_name

_ZIPF = 3.9


@pytest.mark.parametrize(
    ("word", "question"),
    [
        ("Dutch", "What did the Dutch municipalities say?"),
        ("Nederlandse", "Wat zeiden de Nederlandse gemeenten?"),
        ("Rijksambtenaren", "Welke Rijksambtenaren sluiten aan?"),
        ("Provinciale", "Wat is er afgesproken over de Provinciale regietafels?"),
        ("Landelijke", "Wie zit de Landelijke regietafel voor?"),
        ("Maandag", "Wat is er op Maandag besproken?"),
    ],
)
def test_a_capitalised_word_that_names_no_one(word: str, question: str) -> None:
    assert no_name(word, question)


@pytest.mark.parametrize(
    ("word", "question"),
    [
        ("COA", "What did the COA say about Ukrainian refugees?"),
        ("Ter Apel", "Wat zei het COA over Ter Apel?"),
        ("Faber", "What did Faber say?"),
        ("Groningen", "What did the COA say about reception in Groningen?"),
        ("Frontex", "Did the Netherlands ask Frontex?"),
        ("Spreidingswet", "Wat zei de VNG over de Spreidingswet?"),
        # an adjective at the end of a name, or a title's first word before a capital
        ("Jonge", "Wat zei de VNG over De Jonge?"),
        ("Tijdelijke", "Wat zei de VNG over de Tijdelijke wet Oekraïne?"),
        # other countries and their peoples (measured: as words they lost true refusals)
        ("Ukrainian", "What did the COA say about Ukrainian refugees?"),
        ("Syriërs", "Wat zei de minister over de Syriërs?"),
        ("Eritrea", "Wat zei de minister over Eritrea?"),
        # a word of general English (answer.evidence drops one the minutes lack)
        ("Housing", "What did the VNG say about Housing?"),
        ("rijksambtenaren", "welke rijksambtenaren sluiten aan?"),
    ],
)
def test_a_name_stays_a_name(word: str, question: str) -> None:
    assert not no_name(word, question)


def test_a_country_is_no_general_word_with_the_rule() -> None:
    assert general_word("Peace", _ZIPF, True)
    assert not general_word("Afghanistan", _ZIPF, True)
    assert general_word("Afghanistan", _ZIPF, False)
