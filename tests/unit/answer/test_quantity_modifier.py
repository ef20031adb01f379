"""Rule quantity_modifier (answer/count_modifier.py): "hoeveel minderjarige asielzoekers" is
answered only by a number of the noun whose statement holds the modifier. Inputs built by hand
(a stand-in retriever: index terms are the lower-cased words)."""

from __future__ import annotations

from types import SimpleNamespace

from lrt_search.answer.count_modifier import (
    CountModifier,
    count_modifier,
    counts_noun,
    modifier_held,
)
from lrt_search.config import Settings


def _retriever(known: set[str], on: bool = True) -> SimpleNamespace:
    def tokenize_query(text: str, _known: object = None) -> list[str]:
        return [w.strip(".,?").lower() for w in text.split()]

    return SimpleNamespace(
        settings=Settings(quantity_modifier=on),
        glossary=SimpleNamespace(matches=lambda text: [], expand=lambda text: []),
        synonyms=None,
        bm25=SimpleNamespace(terms=known),
        analyzer=SimpleNamespace(tokenize_query=tokenize_query),
    )


def _asylum_seekers(word: str) -> bool:
    return word.lower() == "asielzoekers"


_MINORS = CountModifier("minderjarige asielzoekers", "asielzoekers", (frozenset({"minderjarige"}),),
                        _asylum_seekers)  # fmt: skip
_ALL = "Op dit moment verblijven er 2.193 asielzoekers in Ter Apel."


def test_a_number_of_the_noun_without_the_modifier_does_not_answer() -> None:
    assert counts_noun(_MINORS, _ALL)
    assert not modifier_held(_MINORS, _ALL, {"verblijven", "asielzoekers", "ter", "apel"})


def test_the_modifier_in_the_statement_or_its_lead_in_answers() -> None:
    text = "Er verblijven 300 minderjarige asielzoekers in Ter Apel."
    assert modifier_held(_MINORS, text, {"minderjarige", "asielzoekers"})
    # the modifier in the list's lead-in ("Van de minderjarigen:") is in the context too
    assert modifier_held(_MINORS, "Er verblijven 300 asielzoekers.", {"minderjarige"})


def test_a_number_of_something_else_does_not_answer() -> None:
    text = "De kale taakstelling van 10.000 is behaald."
    assert not counts_noun(_MINORS, text)
    assert not modifier_held(_MINORS, text, {"minderjarige", "taakstelling"})


def test_the_number_and_the_noun_stand_in_one_sentence() -> None:
    text = "Er zijn 2.193 plekken bezet. Veel asielzoekers wachten."
    assert not counts_noun(_MINORS, text)


def test_the_question_is_read_for_its_modifier_and_noun() -> None:
    known = {"asielzoekers", "plekken", "kwetsbare"}
    found = count_modifier(_retriever(known), "Hoeveel kwetsbare asielzoekers verbleven er?")
    assert found is not None and found.phrase == "kwetsbare asielzoekers"
    assert found.noun == "asielzoekers" and found.modifiers == (frozenset({"kwetsbare"}),)
    assert found.head("asielzoekers") and not found.head("plekken")


def test_no_modifier_skipped_words_or_rule_off_read_nothing() -> None:
    known = {"asielzoekers", "plekken", "extra"}
    assert count_modifier(_retriever(known), "Hoeveel asielzoekers verbleven er?") is None
    # an addition ("extra", "nieuwe", "additional") is said in any of its words: no modifier
    assert count_modifier(_retriever(known), "Hoeveel extra plekken komen er?") is None
    assert count_modifier(_retriever(known), "Hoeveel nieuwe plekken komen er?") is None
    off = _retriever(known, on=False)
    assert count_modifier(off, "Hoeveel kwetsbare asielzoekers verbleven er?") is None
    # no "how many" question
    assert count_modifier(_retriever(known), "Waar verbleven kwetsbare asielzoekers?") is None


def test_an_english_modifier_is_a_word_freedict_knows_that_is_no_noun() -> None:
    known = {"asielzoekers", "plek", "ziek", "tijdelijk"}  # "places": FreeDict's "plek"
    found = count_modifier(_retriever(known), "How many temporary places were there?")
    assert found is not None and found.noun == "places"
    assert "tijdelijk" in found.modifiers[0]
    # "azc" is no English word: no modifier of "locations"
    assert count_modifier(_retriever(known), "How many azc locations were open?") is None
