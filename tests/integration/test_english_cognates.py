"""Issue 16 task F: English topic words no dictionary translates. Rule
``untranslated_compound_boundary`` counts such a noun as a part of a word of the minutes only
at a compound boundary ("pact" is no part of "impactanalyse"); rule ``english_cognate_found``
finds one through its cognate in the minutes ("migration": "migratie")."""

from __future__ import annotations

from lrt_search.answer.cognates import cognate_words
from lrt_search.answer.topics import topic_terms
from lrt_search.answer.untranslated import compound_part
from lrt_search.service import Engine


def test_a_compound_part_stands_at_a_boundary(engine: Engine) -> None:
    vocabulary = engine.analyzer.vocabulary
    assert "impactanalyse" in vocabulary
    assert not compound_part(vocabulary, "impactanalyse", "pact")  # "im" is no word
    assert compound_part(vocabulary, "impactanalyse", "impact")  # "analyse" is one


def test_pact_is_missing_not_found_inside_impact(engine: Engine) -> None:
    question = "Was the EU migration pact discussed by the ministers?"
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "topic_absent", answer.answer
    assert answer.reason_params["words"] == ["pact"]
    off = engine.with_settings(engine.settings.replace(untranslated_compound_boundary=False))
    assert not off.ask(question).abstained  # "pact" in "impactanalyse": the old answer


def test_an_untranslated_word_is_found_through_its_cognate(engine: Engine) -> None:
    check = topic_terms(engine, "migration in the region", english=True, explicit=True)
    names = [name for name, _, _ in check.found]
    assert "migration" in names and not check.missing
    cognate = set(engine.analyzer.tokenize_query("migratie", engine.bm25.terms))
    assert cognate and cognate <= check.terms, check.terms  # the quote checks look for it
    off = engine.with_settings(engine.settings.replace(english_cognate_share=0.0))
    unchecked = topic_terms(off, "migration in the region", english=True, explicit=True)
    assert "migration" not in [name for name, _, _ in unchecked.found]
    assert "migration" not in unchecked.missing  # no translation: left unchecked


def test_a_word_that_merely_begins_alike_is_no_cognate(engine: Engine) -> None:
    vocabulary = engine.analyzer.vocabulary
    share = engine.settings.english_cognate_share
    assert "coordinatie" in cognate_words(vocabulary, "coordination", 6, share)
    assert "migratieketen" in cognate_words(vocabulary, "migration", 6, share)
    # "referendum" and "referentie" share 6 of 10 letters, "normalisation" and "normaal" 5.
    assert not cognate_words(vocabulary, "referendum", 6, share)
    assert cognate_words(vocabulary, "normalisation", 6, share) == {"normalisatie"}
