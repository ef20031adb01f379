"""Rule ``english_topic_translated`` (issues 16 and 21): an English topic noun no dictionary
translates is looked for through its regular Dutch cognates (lexicon/data/cognates.toml)."""

from __future__ import annotations

from lrt_search.answer.topics import topic_terms
from lrt_search.lexicon.cognates import cognate_forms
from lrt_search.lexicon.freedict import dutch_for
from lrt_search.service import Engine

EMANCIPATION = "Will the emancipation of refugee women be promoted?"


def test_cognate_forms_come_from_the_suffix_data() -> None:
    assert cognate_forms("radicalisation") == ("radicalisatie", "radicalisering")
    assert cognate_forms("radicalization") == ("radicalisatie", "radicalisering")
    assert cognate_forms("vaccinations") == ("vaccinatie",)
    assert cognate_forms("criminality") == ("criminaliteit",)
    assert cognate_forms("minorities") == ("minoriteit",)
    assert cognate_forms("station") == ()  # a stem of two letters
    assert cognate_forms("meeting") == ()


def test_a_missing_cognate_makes_the_topic_absent_and_the_reason_names_it(engine: Engine) -> None:
    assert not dutch_for("emancipation")  # the rule's case: no dictionary translation
    terms = engine.analyzer.tokenize_query("emancipatie emancipeer", engine.bm25.terms)
    assert not set(terms) & set(engine.bm25.terms)  # the reason is true of the index
    answer = engine.ask(EMANCIPATION)
    assert answer.abstained and answer.reason_code == "topic_absent", answer.answer
    assert answer.reason_params["words"] == ["emancipation (emancipatie)"]
    off = engine.with_settings(engine.settings.replace(english_topic_translated=0.0))
    assert not off.ask(EMANCIPATION).abstained  # before: answered with an unrelated quote


def test_a_rare_cognate_decides_nothing(engine: Engine) -> None:
    # "emancipatie" has Dutch Zipf 3.7: above a least Zipf of 4 no form counts as a word in use
    strict = engine.with_settings(engine.settings.replace(english_topic_translated=4.0))
    check = topic_terms(strict, "emancipation", english=True)
    assert not check.lacking and not check.found


def test_a_cognate_the_minutes_hold_is_the_words_term(engine: Engine) -> None:
    # "registratie" is in the minutes; neither the glossary nor FreeDict lists "registration"
    assert not dutch_for("registration")
    check = topic_terms(engine, "registration", english=True)
    assert [name for name, _, _ in check.found] == ["registration"]
    assert check.terms and not check.lacking
    off = engine.with_settings(engine.settings.replace(english_topic_translated=0.0))
    assert not topic_terms(off, "registration", english=True).found  # unchecked before


def test_a_cognate_as_a_compound_part_is_found(engine: Engine) -> None:
    # the minutes say "tafelsessie", "expertsessie", "eindsessie", never "sessie" alone
    assert not dutch_for("sessions")
    check = topic_terms(engine, "sessions", english=True)
    assert {"tafelsessie", "expertsessie"} <= check.terms and not check.lacking
