"""Rule money_word_amount (answer.money; issue 16): "how much money ...?" is answered by an
amount written as a bare number next to a money word ("De 30.000 regeling, een bedrag ..."),
on the bundled corpus; a number with no money word near it still is no amount."""

from __future__ import annotations

from lrt_search.answer.money import number_near_money_word
from lrt_search.service import Engine

_AMOUNT = "De 30.000 regeling, een bedrag dat gemeenten eenmalig ontvangen"
_ASKED = "How much money do municipalities get per status holder?"


def _statements(engine: Engine) -> list[str]:
    return [s.text for row in range(len(engine.chunks)) for s in engine.chunks[row].statements]


def test_only_numbers_next_to_a_money_word_state_an_amount(engine: Engine) -> None:
    texts = _statements(engine)
    found = [t for t in texts if number_near_money_word(t)]
    assert any(_AMOUNT in t for t in found)
    # counts of people and places are no amounts: "8500 plekken", "7.500 statushouders"
    assert not [t for t in found if "8500 plekken" in t or "7.500 statushouders" in t]
    assert not number_near_money_word("Er is geld nodig voor de opvang in 2025.")
    assert not number_near_money_word("Er komen 200 plekken bij. Het bedrag volgt later.")


def test_the_amount_answers_and_without_the_rule_the_question_is_refused(engine: Engine) -> None:
    answer = engine.ask(_ASKED)
    assert not answer.abstained, answer.reason
    assert _AMOUNT in answer.answer
    off = engine.with_settings(engine.settings.replace(money_word_amount=False)).ask(_ASKED)
    assert off.abstained and off.reason_code == "no_amount"


def test_an_amount_of_something_else_does_not_answer(engine: Engine) -> None:
    for question in (
        "Hoeveel geld is er beschikbaar voor de SPUK voor doorstroomlocaties?",
        "What budget is available for the opstartwoningen?",
    ):
        assert engine.ask(question).abstained, question


def test_a_number_the_question_names_is_no_answer(engine: Engine) -> None:
    # "the 30,000 scheme" names the scheme; its total cost per year is not in the minutes
    assert engine.ask("How much does the 30,000 scheme cost in total per year?").abstained
    assert not number_near_money_word(_AMOUNT, frozenset({"30000"}))
    # a list marker ("2.") is no amount either
    assert not number_near_money_word("2. De regeling, een bedrag dat gemeenten ontvangen")


def test_the_sentence_of_the_amount_must_name_what_it_is_of(engine: Engine) -> None:
    # "per statushouder": the sentence of "30.000 ..., een bedrag" names the status holder
    answered = engine.ask("Hoeveel geld krijgt een gemeente per statushouder die ze opneemt?")
    assert not answered.abstained and _AMOUNT in answered.answer
    # "per opvangplek": only a later sentence of the statement names places ("1000-3000 plekken")
    assert engine.ask("Hoeveel geld krijgt een gemeente per opvangplek per jaar?").abstained
