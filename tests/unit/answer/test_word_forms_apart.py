"""Rule ``word_forms_read`` (answer/word_forms.py), session 26 task E2, with a hand-built
vocabulary: a separable verb written apart - a te-infinitive ("aan te passen"), a split clause
("past de gemeente de regeling aan") - meets the minutes' word of its stem ("aanpassing"), a
particle that is a preposition makes no separable verb, and a modifier written without its
diaeresis is a Dutch word (the table of every form: tests/data/word_forms.toml)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from lrt_search.answer.word_forms import minutes_forms, te_particles, verbs_apart
from lrt_search.lexicon.wordfreq import trema_spellings, zipf_folded

_VOCABULARY = {"aanpassing", "opvang", "inzet", "uitvoeren", "opnemen", "regeling", "agenda"}


def _stem(word: str) -> str:
    """A stand-in stemmer: "-ing" and "-en" dropped, a doubled last consonant undoubled."""
    for ending in ("ing", "en"):
        if word.endswith(ending) and len(word) > len(ending) + 3:
            word = word[: -len(ending)]
            break
    return word[:-1] if len(word) > 3 and word[-1] == word[-2] else word


class _Retriever:
    """What the rule reads of a retriever: vocabulary, stems as index terms, settings."""

    def __init__(self) -> None:
        self.analyzer = SimpleNamespace(
            vocabulary=_VOCABULARY,
            tokenize_query=lambda text, known=None: [_stem(w) for w in text.lower().split()],
        )
        self.bm25 = SimpleNamespace(terms={_stem(w) for w in _VOCABULARY})
        self.settings = SimpleNamespace(word_forms_read=True)
        self.synonyms = None


def _retriever() -> Any:
    return _Retriever()


def test_a_te_infinitive_meets_the_minutes_word_of_its_separable_verb() -> None:
    retriever = _retriever()
    assert verbs_apart(retriever, "om de regeling aan te passen") == [
        ("aanpassen", ("aan", "passen"))
    ]
    assert verbs_apart(retriever, "asielzoekers op te vangen") == [("opvang", ("op", "vangen"))]
    # a verb that is a stopword too ("nemen"): the minutes' "opnemen"
    assert verbs_apart(retriever, "de mensen op te nemen") == [("opnemen", ("op", "nemen"))]
    assert verbs_apart(retriever, "de regeling te passen") == []  # no particle before "te"


def test_a_split_verb_meets_the_separable_verb_whose_stem_the_minutes_hold() -> None:
    retriever = _retriever()
    # the minutes write no form of "aanpassen", but "aanpassing" of its stem
    assert minutes_forms(retriever, "past", ["aan"])[0] == "aanpassen"
    assert minutes_forms(retriever, "zette", ["in"])[0] == "inzet"  # the minutes write the noun
    assert minutes_forms(retriever, "voerde", ["uit"])[0] == "uitvoeren"
    # "past" is on an English stopword list: the split clause is read as one unit
    assert verbs_apart(retriever, "past de gemeente de regeling aan") == [
        ("aanpassen", ("aan", "past"))
    ]


def test_a_particle_that_is_a_preposition_makes_no_separable_verb() -> None:
    retriever = _retriever()
    assert verbs_apart(retriever, "past op de agenda") == []
    assert verbs_apart(retriever, "zet in de regio") == []


def test_a_word_written_without_its_diaeresis_is_a_dutch_word() -> None:
    assert "coördinatie" in trema_spellings("coordinatie")
    assert "ideeën" in trema_spellings("ideeen")
    assert trema_spellings("centrum") == []
    assert zipf_folded("coordinatie", "nl") >= 3.0
    assert zipf_folded("oekraiense", "nl") >= 3.0


def test_an_implied_topic_keeps_the_particle_and_te_before_its_verb() -> None:
    question = "Waarom besloot de LRT de wetgevingen in een onepager mee te sturen?"
    assert te_particles("wetgevingen onepager mee sturen", question) == (
        "wetgevingen onepager mee te sturen"
    )
    assert te_particles("tekst passen", "om de tekst aan te passen?") == "tekst aan te passen"
    assert te_particles("tekst passen", "de tekst laten passen") == "tekst passen"
