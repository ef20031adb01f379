"""Rule ``consequence_stated`` (answer/consequence.py): a consequence asked ("Wat als ...",
"What happens if ...") is answered only by a statement that states one of its topic."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine


def test_a_consequence_asked_needs_one_stated(engine: Engine) -> None:
    question = "Wat als de PRT's geen bedden voor statushouders aanbieden?"
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "no_answer", answer.answer
    assert not switched(engine, consequence_stated=False).ask(question).abstained


def test_a_consequence_stated_answers(engine: Engine) -> None:
    answer = engine.ask("What happens if the country policy for Syria is not changed?")
    assert not answer.abstained, answer.reason
    assert any("zal het BVM waarschijnlijk verlengd" in c.quote for c in answer.citations)


def test_a_cause_asked_without_why_needs_one_stated(engine: Engine) -> None:
    """Rule ``cause_stated``: "Hoe komt het dat X" is not answered by a statement of X alone."""
    question = "Hoe komt het dat de gemeentelijke bezettingsgraad voor de OEK-opvang bijna 100% is?"
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "no_answer", answer.answer
    assert not switched(engine, cause_stated=False).ask(question).abstained


def test_a_cause_stated_answers(engine: Engine) -> None:
    answer = engine.ask(
        "Om welke reden wordt in 2025 gewerkt aan een aanpassing van de Wet Inburgering?"
    )
    assert not answer.abstained, answer.reason
    assert any("heeft gevolgen voor het inburgeringstelsel" in c.quote for c in answer.citations)
