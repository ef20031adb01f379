"""Rule ``english_topic_lemmas`` (issues 16 and 21, task B) on the bundled corpus: an English
topic word in the plural whose own translations the minutes lack is found through its lemma's
("requests" -> "request" -> "verzoek"), but a lemma's translation the embedder ranks well below
the lemma's best is another sense and stays out ("elections": "keuze", not "verkiezing")."""

from __future__ import annotations

from lrt_search.answer.lemma_translation import lemma_terms
from lrt_search.answer.topics import topic_terms
from lrt_search.lexicon.freedict import english_headword, english_lemmas
from lrt_search.service import Engine


def _terms(engine: Engine, topic: str) -> set[str]:
    check = topic_terms(engine, topic, True)
    return {term for _, _, found in check.found for term in found}


def test_lemmas_of_headwords_too() -> None:
    assert english_lemmas("waiting") == ("wait",)  # itself a headword: "bediening"
    assert english_lemmas("waiting", plurals_only=True) == ()
    assert english_lemmas("requests", plurals_only=True) == ("request",)
    assert english_headword("waiting") == "waiting"  # english_headword is unchanged


def test_a_plural_is_found_through_its_lemma(engine: Engine) -> None:
    off = engine.with_settings(engine.settings.replace(english_topic_lemmas=False))
    assert not _terms(off, "requests")
    assert any(term.startswith("verzoek") for term in _terms(engine, "requests"))
    assert not _terms(off, "roles")
    assert "rol" in _terms(engine, "roles")


def test_verb_forms_only_when_switched_on(engine: Engine) -> None:
    assert not _terms(engine, "waiting")  # a verb form may paraphrase: unchecked
    verbs = engine.with_settings(engine.settings.replace(english_lemma_verb_forms=True))
    assert any(term.startswith("wacht") for term in _terms(verbs, "waiting"))


def test_a_sense_far_below_the_best_translation_is_not_kept(engine: Engine) -> None:
    def index_terms(text: str) -> set[str]:
        known = engine.bm25.terms
        return {t for t in engine.analyzer.tokenize_query(text, known) if t in known}

    assert index_terms("keuze")  # the minutes hold "keuze", a choice, not an election
    assert not lemma_terms(engine, "elections", index_terms)
    wide = engine.with_settings(engine.settings.replace(english_lemma_sense_margin=1.0))
    assert lemma_terms(wide, "elections", index_terms)
