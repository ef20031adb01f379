"""Rule ``premise_act`` (answer/act_stated.py, acts.toml tables ``premise = true``): a why- or
claim-premise's act (raised, ended, joined, left, agreed, cancelled, ...) must be stated by
the quote, not only its topic, on the bundled corpus."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine


def test_a_cancelled_letter_the_minutes_agree_to_is_refused(engine: Engine) -> None:
    question = "Is it true that the members cancelled the sending of the letter in July 2022?"
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "premise_unsupported", answer.answer
    assert not switched(engine, premise_act=False).ask(question).abstained


def test_the_true_act_is_answered(engine: Engine) -> None:
    answer = engine.ask("Is it true that the members agreed in July 2022 to sending the letter?")
    assert not answer.abstained, answer.reason
    assert any("akkoord met verzending van de brief" in c.quote for c in answer.citations)


def test_a_lowering_not_recorded_is_refused(engine: Engine) -> None:
    question = (
        "Waarom heeft de LRT in november 2023 besloten het toewijzingspercentage te verlagen?"
    )
    assert engine.ask(question).abstained
    assert not switched(engine, premise_act=False).ask(question).abstained
