"""Rule ``unnamed_agent`` (answer/unnamed_agent.py) on the bundled corpus: the minutes say the
figures leaked but not by whom, and name no member who proposed something first."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine


def test_a_leak_stated_without_its_doer_is_refused(engine: Engine) -> None:
    question = (
        "Who leaked the figures before the council of ministers had discussed them"
        " in November 2023?"
    )
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "agent_unnamed", answer.answer
    assert not switched(engine, unnamed_agent=False).ask(question).abstained


def test_who_did_it_first_needs_an_order(engine: Engine) -> None:
    question = (
        "Which member of the LRT proposed abolishing the taakstelling before the minister did?"
    )
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "order_unstated", answer.answer
    assert not switched(engine, unnamed_agent=False).ask(question).abstained


def test_a_doer_named_by_door_still_answers(engine: Engine) -> None:
    answer = engine.ask("Door wie werd De Jonge vervangen op de LRT van 8 juli 2022?")
    assert not answer.abstained, answer.reason
    assert any("vervangen door DGRVB" in c.quote for c in answer.citations)
