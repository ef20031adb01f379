"""Rule ``embedded_quantity_read`` on the bundled minutes: "Heeft de VNG in maart 2025 gezegd
hoeveel asielzoekers er aan het werk zijn?" asks whether the VNG said it, and the VNG's "Te
weinig asielzoekers zijn aan het werk" answers it without a number; switched off, the question
asks the number and is refused. A topic the minutes lack in part ("campings") keeps the number
asked, so its twin stays refused with the rule on."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine


def test_a_quantity_in_what_was_said_is_answered_by_the_statement(engine: Engine) -> None:
    question = "Heeft de VNG in maart 2025 gezegd hoeveel asielzoekers er aan het werk zijn?"
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any("Te weinig asielzoekers zijn aan het werk" in c.quote for c in answer.citations)
    off = switched(engine, embedded_quantity_read=False).ask(question)
    assert off.abstained and off.reason_code == "no_answer", off.reason


def test_a_topic_the_minutes_lack_in_part_keeps_the_number_asked(engine: Engine) -> None:
    answer = engine.ask("Werd er in maart 2025 gezegd hoeveel nareizigers op campings zitten?")
    assert answer.abstained, answer.citations
