"""Dutch light verbs (komen, gaan, krijgen, ...) in queries: left out with
``drop_light_verbs`` when the query has other content words, kept when they are all it has."""

from __future__ import annotations

import pytest

from lrt_search.index.analysis import LIGHT_VERBS, DutchAnalyzer

ANALYZER = DutchAnalyzer()
QUESTION = "Mogen vluchtelingen alvast een huis krijgen voordat hun familie is gekomen?"


def test_light_verbs_leave_a_question() -> None:
    dropped = ANALYZER.tokenize_query(QUESTION, drop_light_verbs=True)
    assert dropped == ANALYZER.tokenize_query(
        "Mogen vluchtelingen alvast een huis voordat hun familie is?"
    )
    kept = ANALYZER.tokenize_query(QUESTION)
    assert set(kept) - set(dropped) == set(ANALYZER.tokenize_query("krijgen gekomen"))


def test_by_default_light_verbs_are_query_terms() -> None:
    assert ANALYZER.tokenize("krijgen")[0] in ANALYZER.tokenize_query("huis krijgen")


@pytest.mark.parametrize("query", ["kwam", "gekregen", "komen gaan", "Blijven ze?"])
def test_a_query_of_light_verbs_alone_is_searched_as_typed(query: str) -> None:
    dropped = ANALYZER.tokenize_query(query, drop_light_verbs=True)
    assert dropped
    assert dropped == ANALYZER.tokenize_query(query)


def test_light_verbs_stay_in_documents() -> None:
    # Only queries leave them out: a document's terms are those of the index.
    assert ANALYZER.tokenize("Het gezin is gekomen") == [
        ANALYZER.tokenize("gezin")[0],
        ANALYZER.tokenize("gekomen")[0],
    ]


def test_light_verbs_are_not_nouns_of_the_field() -> None:
    # Forms that are also common nouns or adjectives ("staat" = state, "laat" = late) are not
    # on the list: leaving them out would lose content words.
    assert not {"staat", "laat", "gelegen", "geven"} & LIGHT_VERBS
