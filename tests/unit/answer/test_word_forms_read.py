"""Rule ``word_forms_read`` (answer/word_forms.py) with a hand-built vocabulary: a Dutch form
the minutes lack meets the minutes' word of its word, a separable verb's particle after it
chooses the separable verb, compounds written apart are joined, a compound head meets the
minutes' compound, and a false compound is no compound (the table of every form:
tests/data/word_forms.toml, tests/integration/test_word_forms_table.py)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from lrt_search.answer.word_forms import (
    compound_heads,
    false_compound,
    joined_units,
    minutes_forms,
    particles_after,
    spellings,
)

_VOCABULARY = {
    "leggen", "wonen", "starten", "uitlekken", "vervangen", "inplannen", "ronde", "lijst",
    "openbaar", "uitvoeringstoets", "flexwoningen", "uitermate", "spreken", "sprake", "denken",
    "aandacht", "uitvoeren",
}  # fmt: skip


class _Retriever:
    """What the rule reads of a retriever: the analyzer's vocabulary, the settings, no
    synonym table (a class: the affix table is kept per retriever by weak reference)."""

    def __init__(self, vocabulary: set[str]) -> None:
        self.analyzer = SimpleNamespace(vocabulary=vocabulary)
        self.settings = SimpleNamespace(word_forms_read=True)
        self.synonyms = None


def _retriever(vocabulary: set[str] = _VOCABULARY) -> Any:
    return _Retriever(vocabulary)


@pytest.mark.parametrize(
    ("form", "minutes"),
    [
        ("legt", "leggen"),  # present tense, consonant doubled
        ("woonde", "wonen"),  # past, long vowel undoubled
        ("gestart", "starten"),  # participle
        ("uitgelekt", "uitlekken"),  # separable participle
        ("verving", "vervangen"),  # strong verb (dutch_strong)
        ("rondes", "ronde"),  # plural in -s
        ("lijstje", "lijst"),  # diminutive
        ("openbare", "openbaar"),  # declined adjective
        ("dacht", "denken"),  # a strong verb's form before a compound it ends ("aandacht")
        ("sprak", "spreken"),  # not the noun "sprake"
    ],
)
def test_a_form_meets_the_minutes_word_of_its_word(form: str, minutes: str) -> None:
    assert minutes_forms(_retriever(), form)[0] == minutes


def test_a_particle_after_the_verb_reads_the_separable_verb() -> None:
    assert particles_after("plande de minister het overleg in", "plande") == ["in"]
    assert particles_after("denkt de VNG mee over het pakket", "denkt") == ["mee"]
    assert particles_after("de bouw van windmolens bij opvanglocaties", "bouw") == []
    assert minutes_forms(_retriever(), "plande", ["in"])[0] == "inplannen"
    assert minutes_forms(_retriever(), "voerde", ["uit"])[0] == "uitvoeren"


def test_a_word_no_form_of_which_the_minutes_hold_meets_nothing() -> None:
    assert minutes_forms(_retriever(), "fietste") == []
    assert minutes_forms(_retriever(), "lijsttrekker") == []


def test_spellings_of_a_stem() -> None:
    assert set(spellings("leg")) >= {"leg", "legg"}
    assert set(spellings("woon")) >= {"woon", "won"}
    assert set(spellings("leef")) >= {"leef", "leev"}


def test_a_compound_written_apart_or_hyphenated_is_joined() -> None:
    retriever = _retriever()
    assert joined_units(retriever, "de uitvoerings toets") == [
        ("uitvoeringstoets", ("uitvoerings", "toets"))
    ]
    assert joined_units(retriever, "flex-woningen") == [("flexwoningen", ("flex", "woningen"))]
    assert joined_units(retriever, "de toets") == []


def test_a_head_meets_the_minutes_compound_after_a_word() -> None:
    assert compound_heads(_retriever(), "toets") == ["uitvoeringstoets"]
    # "bekendma" is no word, and a head has five letters or more
    assert compound_heads(_retriever({"bekendmaking"}), "king") == []
    assert compound_heads(_retriever({"bekendmaking"}), "aking") == []


def test_a_minutes_word_before_a_word_the_minutes_lack_is_a_false_compound() -> None:
    def nothing(_: str) -> set[str]:
        return set()

    assert false_compound(_retriever(), "uitermateinvasie", nothing)
    assert not false_compound(_retriever(), "uitermateinvasie", lambda w: {"invasie"})
    assert not false_compound(_retriever(), "wonderlijk", nothing)
    # another cut is a minutes word before a word they hold: "ronde|lijst", not "ronde|l|ijst"
    assert not false_compound(_retriever(), "rondelijst", lambda w: {w} if w == "lijst" else set())
