"""The Dutch stemmers by name (lrt_search/lexicon/stemmers.py)."""

from __future__ import annotations

from lrt_search.lexicon.stemmers import STEMMERS, singular, stem_word, stem_words


def test_vowel_plurals_are_made_singular_only_for_porter_plurals() -> None:
    assert singular("organisaties") == "organisatie"
    assert singular("gemeenten") == "gemeenten" and singular("vies") == "vies"  # short
    assert stem_word("dutch_porter_plurals", "provincies") == stem_word(
        "dutch_porter_plurals", "provincie"
    )
    assert stem_word("dutch_porter", "provincies") != stem_word("dutch_porter", "provincie")


def test_every_name_stems_words_as_one_at_a_time() -> None:
    words = ["reacties", "gevolgen", "woningen", "gemeente"]
    for name in STEMMERS:
        assert stem_words(name, words) == [stem_word(name, w) for w in words]


def test_dutch_lemma_meets_strong_pasts_and_irregular_plurals() -> None:
    for a, b in (("sloot", "sluiten"), ("verhielden", "verhouden"), ("huizen", "huis")):
        assert stem_word("dutch_lemma", a) == stem_word("dutch_lemma", b)
    assert stem_word("dutch", "sloot") != stem_word("dutch", "sluiten")
