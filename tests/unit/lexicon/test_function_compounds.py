"""The Dutch adverbs and particles made of function words (lexicon/data/function_compounds.toml,
written by eval/make_function_compounds.py from hunspell-nl): part of a question's frame, never
its topic; a noun, even an invariable one, is not one of them."""

from __future__ import annotations

import pytest

from lrt_search.lexicon.wordclass import is_function_compound


@pytest.mark.parametrize("word", ["naartoe", "evenveel", "zomaar", "daarvoor", "Naartoe"])
def test_adverbs_made_of_function_words_are_listed(word: str) -> None:
    assert is_function_compound(word)


@pytest.mark.parametrize(
    "word",
    [
        "huurwoning",  # a compound noun
        "leukemie",  # invariable in hunspell-nl, but no compound of stopwords
        "uitweg",  # uit + weg, a noun: removed on review
        "studenten",
        "rustig",  # an adjective: a paraphrase word (wordclass.sqlite), not a function word
        "naar",  # a stopword itself: the stopword list already drops it
    ],
)
def test_nouns_adjectives_and_stopwords_are_not(word: str) -> None:
    assert not is_function_compound(word)
