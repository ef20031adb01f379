"""Which written words are one word spelled two ways (the key rule ``spelling_joins`` compares
two words written apart with the words of the minutes by)."""

from __future__ import annotations

import pytest

from lrt_search.lexicon.spelling_variants import same_spelling, spelling_key


@pytest.mark.parametrize(
    ("a", "b"),
    [("lokatie", "locatie"), ("Oekraiense", "Oekraïense"), ("hotells", "hotels"),
     ("voorang", "voorrang"), ("fotografie", "photografie"), ("Syrie", "Syrië")],
)  # fmt: skip
def test_variant_spellings_are_one_word(a: str, b: str) -> None:
    assert same_spelling(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("motels", "hotels"), ("flatwoningen", "flexwoningen"), ("kamer", "kader"),
     ("lokaal", "locatie"), ("regio", "regie")],
)  # fmt: skip
def test_another_letter_is_another_word(a: str, b: str) -> None:
    assert not same_spelling(a, b)


def test_the_key_folds_accents_alternations_and_doubled_letters() -> None:
    assert spelling_key("Coördinatie") == spelling_key("koordinatie") == "kordinatie"
