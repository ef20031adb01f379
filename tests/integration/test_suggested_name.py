"""A name the minutes spell otherwise ("Keijzer"; the attendee list has "Mw. Keizer (VRO)"):
rule surname_folding reads it as the one listed person whose surname folds alike (ij/ei); with
the rule off it is no misspelling to correct silently (it is a surname of general Dutch), but
the abstention offers the question with the minutes' spelling, the name still capitalised, in
the CLI as on the web page."""

from __future__ import annotations

from dataclasses import replace

from lrt_search.interfaces.answer_view import answer_text
from lrt_search.search.spelling import in_case_of, suggest
from lrt_search.service import Engine


def test_a_suggestion_keeps_the_case_of_the_written_word() -> None:
    assert in_case_of("Keijzer", "keizer") == "Keizer"
    assert in_case_of("spreidinswet", "spreidingswet") == "spreidingswet"
    assert in_case_of("COAA", "coa") == "COA"


def test_a_variant_spelling_of_a_listed_surname_names_that_person(engine: Engine) -> None:
    answer = engine.ask("Wat zei Keijzer over flexwoningen?")
    assert not answer.abstained
    assert any("MVRO (Keijzer" in note for note in answer.notes), answer.notes
    assert not any("MVRO" in note for note in engine.ask("Wat zei Kaiser?").notes)


def test_the_abstention_offers_the_minutes_spelling_of_a_name(engine: Engine) -> None:
    engine = engine.with_settings(replace(engine.settings, surname_folding=False))
    question = "Wat zei Keijzer over flexwoningen?"
    found = suggest(engine, question)
    assert found and found[-1].query == "Wat zei Keizer over flexwoningen?"
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "name_absent"
    assert "Bedoelde u: Wat zei Keizer over flexwoningen?\n" in answer_text(answer)
    # The suggested question names the person, and is answered from her organisation.
    suggested = engine.ask(found[-1].query)
    assert not suggested.abstained
    assert any("MVRO (Keizer" in note for note in suggested.notes)
