"""Rules dutch_verb_family and english_lemma_translations (answer.word_family), on inputs built
by hand: a Dutch past form or participle is found through the other forms of its verb, an English
word the check names absent through its lemma's translations."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from lrt_search.answer.word_family import (
    lemma_translation_terms,
    through_lemmas,
    verb_family_terms,
    verb_forms,
    weak_forms,
    weak_stems,
)
from lrt_search.config import Settings

_VOCABULARY = {"belt", "bellen", "gewacht", "wachten", "steunt", "buurgemeenten", "gemeenten"}


def _retriever(**switches: bool) -> Any:
    switches = {"dutch_verb_family": True, **switches}  # off by default (docs/settings.md)
    return SimpleNamespace(
        settings=Settings().replace(**switches),
        analyzer=SimpleNamespace(vocabulary=_VOCABULARY),
    )


def _index_terms(text: str) -> set[str]:
    return {text} if text in _VOCABULARY else set()


def test_weak_stems_of_past_forms_and_participles() -> None:
    assert weak_stems("wachtte") == ["wacht"]
    assert weak_stems("belde") == ["bel"]
    assert weak_stems("steunden") == ["steun"]
    assert "steun" in weak_stems("gesteund")
    assert weak_stems("de") == []  # no stem of three letters


def test_weak_forms_double_the_consonant_after_a_short_vowel() -> None:
    forms = weak_forms("bel")
    assert {"belt", "bellen", "belde", "gebeld"} <= set(forms)
    assert "gewacht" in weak_forms("wacht")


def test_verb_forms_split_a_separable_particle() -> None:
    forms, infinitives = verb_forms("opbelde")
    assert "belt" in forms and "opbellen" in infinitives
    forms, _ = verb_forms("uitzoeken")  # a strong verb of dutch_strong, with its particle
    assert "zoeken" in forms and "gezocht" in forms


def test_a_past_form_is_found_through_its_verb() -> None:
    retriever = _retriever()
    assert verb_family_terms(retriever, "opbelde", _index_terms) == {"belt", "bellen"}
    assert verb_family_terms(retriever, "wachtte", _index_terms) == {"gewacht", "wachten"}


def test_a_noun_of_general_dutch_is_no_verb_form() -> None:
    # "ruimte" ends as a past form would ("ruim" + "te"), but is a frequent noun
    assert verb_family_terms(_retriever(), "ruimte", lambda t: {t}) == set()


def test_the_dutch_rule_off_finds_nothing() -> None:
    assert verb_family_terms(_retriever(dutch_verb_family=False), "opbelde", _index_terms) == set()
    assert not Settings().dutch_verb_family  # off by default


def test_an_english_word_is_found_through_its_lemma() -> None:
    retriever = _retriever()
    # "waiting" has an entry of its own ("bediening"); its lemma "wait" gives "wachten"
    assert "wachten" in lemma_translation_terms(retriever, "waiting", _index_terms)
    off = _retriever(english_lemma_translations=False)
    assert lemma_translation_terms(off, "waiting", _index_terms) == set()


def test_only_a_word_named_absent_is_looked_up_through_its_lemma() -> None:
    retriever = _retriever()
    found, absent = through_lemmas(retriever, "waiting", _index_terms, set(), "waiting")
    assert "wachten" in found and absent == ""
    # a word the check leaves unchecked (no absent name) stays unchecked
    assert through_lemmas(retriever, "waiting", _index_terms, set(), "") == (set(), "")
