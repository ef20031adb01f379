"""lexicon/numbers.py: the one reader of the number words of numbers.toml, used by rules
claim_number_words, number_forms_read and date_words_read."""

from __future__ import annotations

from lrt_search.answer.number_forms import read_numbers
from lrt_search.answer.number_words import word_numbers
from lrt_search.lexicon.numbers import (
    cardinal_words,
    cardinals,
    number_scales,
    number_values,
    ordinal_words,
    ordinals,
)
from lrt_search.search.date_words import read_date_words


def test_values_and_scales_are_read_in_lower_case_with_integer_values() -> None:
    assert number_values("nl")["twintig"] == 20 and number_values("en")["twenty"] == 20
    assert number_scales("nl")["duizend"] == 1000 and number_scales("en")["thousand"] == 1000
    assert number_scales("short")["k"] == 1000


def test_cardinals_write_every_compound_of_a_ten_and_a_unit() -> None:
    nl, en = cardinal_words("nl"), cardinal_words("en")
    assert nl["drieëntwintig"] == nl["drieentwintig"] == 23 and nl["eenennegentig"] == 91
    assert en["twenty-three"] == 23 and en["ninety-nine"] == 99
    assert "dozijn" not in nl and "dozen" not in en  # a count, no number word of a date
    assert all(1 <= v <= 99 for v in cardinals().values())


def test_ordinals_of_a_day_take_their_irregular_forms() -> None:
    assert ordinal_words("nl")["tweeëntwintigste"] == 22 and ordinal_words("nl")["achtste"] == 8
    assert ordinal_words("en")["twenty-first"] == 21 and ordinal_words("en")["eleventh"] == 11
    assert "thirtyth" not in ordinals() and ordinals()["thirtieth"] == 30
    assert max(ordinals().values()) == 31


def test_every_reader_values_a_word_as_the_one_table_does() -> None:
    # claim_number_words, number_forms_read and date_words_read read "drieëntwintig" alike
    assert word_numbers("er kwamen drieëntwintig gemeenten") == [(10, 23, "23")]
    assert read_numbers("drieëntwintig gemeenten")[0].low == cardinals()["drieëntwintig"]
    assert read_date_words("in november twintig drieëntwintig")[0] == "in november 2023"
