"""The language of a query: stopwords first, word frequencies when they tie (keyword searches)."""

import pytest

from lrt_search.index.analysis import is_english
from lrt_search.interfaces.searching import query_lang


@pytest.mark.parametrize(
    "query",
    ["reception", "reception of refugees", "emergency shelter", "capacity", "Ukraine"],
)
def test_english_keyword_searches_are_english(query: str) -> None:
    assert is_english(query)
    assert query_lang(query) == "en"


@pytest.mark.parametrize(
    "query",
    ["opvang", "COA opvang", "taakstelling 2025", "spreidingswet", "Oekraïne", "Groningen",
     "IPO indeplaatsstelling", "budget", "VNG", ""],
)  # fmt: skip
def test_dutch_names_and_keywords_stay_dutch(query: str) -> None:
    assert not is_english(query)


def test_stopwords_still_decide_a_sentence() -> None:
    assert is_english("what did the province say about the budget")
    assert not is_english("wat zei de provincie over reception")
    assert query_lang('"emergency shelter" -COA') == "en"  # the words, not the operators
