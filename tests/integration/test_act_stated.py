"""Rule ``act_stated`` (answer/act_stated.py): an act the question presupposes (a vote, a leak,
a closure, a resignation, a ban, ...) is answered only by a statement that states it, in its own
words or another way of writing it (lexicon/data/acts.toml)."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine


def test_a_leak_no_statement_states_is_refused(engine: Engine) -> None:
    question = "Wie heeft de cijfers over de taakstelling naar de pers gelekt?"
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "premise_unsupported", answer.answer
    assert "gelekt" in (answer.reason or "")
    assert not switched(engine, act_stated=False).ask(question).abstained


def test_a_closure_no_statement_states_is_refused(engine: Engine) -> None:
    question = "When did the COA shut the reception location in Budel?"
    assert engine.ask(question).abstained
    assert not switched(engine, act_stated=False).ask(question).abstained


def test_an_act_stated_in_other_words_answers(engine: Engine) -> None:
    answer = engine.ask("Who wants to abolish the Spreidingswet, the dispersal act?")
    assert not answer.abstained, answer.reason
    assert any("spreidingswet wil intrekken" in c.quote for c in answer.citations)
