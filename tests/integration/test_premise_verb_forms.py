"""Rule ``premise_verb_forms`` (answer.premise_forms): a Dutch why-premise's strong or irregular
verb is read by every form of its verb (lexicon/data/inflections.toml ``dutch_strong``), so the
past "sloot ... aan" is supported by the minutes' present "sluit ... aan"; a premise that
changes the event or the object stays unsupported."""

from __future__ import annotations

from switched import switched

from lrt_search.answer.premise_forms import verb_form_terms
from lrt_search.service import Engine


def _term(engine: Engine, word: str) -> str:
    return engine.analyzer.tokenize_query(word, engine.bm25.terms)[0]


def test_a_past_form_reads_as_every_form_of_its_verb(engine: Engine) -> None:
    assert _term(engine, "sluit") in verb_form_terms(engine, "sloot")
    assert _term(engine, "stijgt") in verb_form_terms(engine, "steeg")
    assert _term(engine, "besluit") in verb_form_terms(engine, "besloot")  # a prefix
    assert _term(engine, "ontbreekt") in verb_form_terms(engine, "ontbrak")
    assert not verb_form_terms(engine, "weigerde")  # a weak verb: Snowball joins its forms
    assert not verb_form_terms(engine, "sprak")  # a verb of speech ("spreekt")
    assert not verb_form_terms(switched(engine, premise_verb_forms=False), "sloot")


def test_a_past_form_of_the_minutes_present_is_supported(engine: Engine) -> None:
    question = "Waarom sloot MAenM zich in maart 2025 aan bij de gezamenlijkheid?"
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any("sluit zich aan bij de gezamenlijkheid" in c.quote for c in answer.citations)
    # rule premise_restatements_read (session 27) reads "sloot" through the minutes' forms too
    off = switched(engine, premise_verb_forms=False, premise_restatements_read=False)
    off_answer = off.ask(question)
    assert off_answer.abstained and off_answer.reason_code == "premise_unsupported", (
        off_answer.reason
    )


def test_a_changed_object_stays_unsupported(engine: Engine) -> None:
    answer = engine.ask("Waarom sloot MAenM in maart 2025 de opvang in Budel?")
    assert answer.abstained, answer.answer
