"""Rule ``person_name_asked`` on the bundled corpus: a name asked of a person or a role the
minutes give without a name ("directeur OEK") is refused with ``no_member``, a true reason; a
name the minutes write ("vervangen door mw. Lamers") is answered. Switched off to show the
answer it changes."""

from __future__ import annotations

from switched import switched

from lrt_search.evaluation.reason_truth import Minutes, false_reason
from lrt_search.service import Engine


def test_a_role_without_a_name_is_no_answer(engine: Engine) -> None:
    question = "Wat is de naam van de directeur OEK met wie medeoverheden ideeën moeten delen?"
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "no_member", answer.answer
    assert "directeur" in (answer.reason or "") and "bij naam" in (answer.reason or "")
    assert false_reason(Minutes(engine), answer) is None
    assert not switched(engine, person_name_asked=False).ask(question).abstained


def test_mayors_the_minutes_do_not_name_are_no_answer(engine: Engine) -> None:
    question = "Welke burgemeesters vroegen in april 2023 aandacht voor doelgroepbeperkingen?"
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "no_member", answer.answer
    assert false_reason(Minutes(engine), answer) is None
    assert not switched(engine, person_name_asked=False).ask(question).abstained


def test_a_name_the_minutes_write_answers(engine: Engine) -> None:
    answer = engine.ask("What is the name of the person who stood in for Van Rijn in July 2022?")
    assert not answer.abstained, answer.reason
    assert any("mw. Lamers" in c.quote for c in answer.citations)
