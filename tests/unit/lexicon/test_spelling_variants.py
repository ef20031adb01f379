"""Rule ``misspelt_variants``: which written words are one word spelled two ways, and which
suggestions ``ask`` then takes for a misspelling
(:func:`lrt_search.answer.informativeness.misspelt`)."""

from __future__ import annotations

import pytest

from lrt_search.answer.informativeness import misspelt
from lrt_search.lexicon.spelling_variants import same_spelling, spelling_key
from lrt_search.search.spelling import Suggestion


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


def _suggestion(word: str, better: str) -> Suggestion:
    return Suggestion(word, better, f"over {better}")


def test_a_rare_variant_is_misspelt_only_with_the_rule() -> None:
    lokaties = _suggestion("lokaties", "locaties")  # Zipf 2.7 in general Dutch
    assert misspelt("over lokaties", [lokaties]) == []  # off (0): no word of Zipf 0
    assert [s.suggestion for s in misspelt("over lokaties", [lokaties], 3.0)] == ["locaties"]


def test_a_common_word_or_another_word_stays_a_word() -> None:
    zakken = _suggestion("zakken", "zaken")  # doubled letter, but Zipf 4.5: bags
    motels = _suggestion("motels", "hotels")  # rare, but another letter
    assert misspelt("over zakken", [zakken], 3.0) == []
    assert misspelt("over motels", [motels], 3.0) == []
