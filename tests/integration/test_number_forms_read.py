"""Rules ``number_forms_read`` and ``money_named_not_asked`` (answer/number_forms.py) on the
bundled corpus: a claim's number in another form than the minutes' ("51 duizend" for "51.000",
a range "tussen de 2000 en 2500" holding "2.193") is stated; a changed number is not; a "how
many" question naming "the 30,000 euro scheme" asks no amount of money."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine


def test_a_scale_word_reads_as_the_minutes_number(engine: Engine) -> None:
    # The minutes (2022-07-08): "met daarin de opgave van 51.000 plekken"
    question = (
        "Klopt het dat het capaciteitsbesluit van juli 2022 een opgave van 51 duizend plekken "
        "bevatte?"
    )
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert "51.000" in answer.citations[0].quote
    assert engine.ask(question.replace("51 duizend", "61 duizend")).abstained
    off = switched(engine, number_forms_read=False).ask(question)
    assert off.abstained and off.reason_code == "claim_number_differs"


def test_a_range_holds_the_minutes_number(engine: Engine) -> None:
    # The minutes (2022-07-08): "Op dit moment verblijven er 2.193 asielzoekers in Ter Apel"
    question = (
        "Klopt het dat er in juli 2022 tussen de 2000 en 2500 asielzoekers in Ter Apel zaten?"
    )
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert "2.193" in answer.citations[0].quote
    refused = engine.ask(question.replace("2000 en 2500", "3000 en 3500"))
    assert refused.abstained and refused.reason_code == "claim_number_differs"


def test_a_named_money_amount_asks_no_money(engine: Engine) -> None:
    # The minutes (2025-03-19): "Uit een uitvraag bij gemeenten blijkt dat dit 1000-3000
    # plekken oplevert."
    question = (
        "How many housing places will the 30,000 euro scheme produce according to a survey "
        "among councils?"
    )
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any("1000-3000" in c.quote for c in answer.citations)
    off = switched(engine, money_named_not_asked=False).ask(question)
    assert off.abstained and off.reason_code == "no_amount"


def test_a_participle_core_ties_the_very_number(engine: Engine) -> None:
    # The minutes (2022-07-08): "De kale taakstelling van 10.000 is behaald."
    question = "Is de oude opdracht van 10.000 woningen voor statushouders nou gehaald of niet?"
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert "10.000 is behaald" in answer.citations[0].quote
    off = switched(engine, claim_participle_core=False).ask(question)
    assert off.abstained and off.reason_code == "claim_number_other"
    # A claim that changes the noun and the verb stays refused (blind7 b7-022).
    refused = engine.ask(
        "Klopt het dat er in de zomer van 2022 10.000 statushouders versneld uit de opvang "
        "zouden uitstromen?"
    )
    assert refused.abstained
