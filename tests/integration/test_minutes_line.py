"""Rule ``minutes_line_asked_only`` (answer/minutes_line.py): the line approving earlier minutes
("Het verslag van de LRT van 18 december is vastgesteld.") answers a question about the minutes,
not one that only names an LRT meeting."""

from __future__ import annotations

from switched import switched

from lrt_search.answer.minutes_line import approves_minutes, asks_about_minutes
from lrt_search.service import Engine

_LINE = "Het verslag van de LRT van 18 december is vastgesteld."


def test_minutes_lines_and_minutes_questions() -> None:
    assert approves_minutes(_LINE)
    assert approves_minutes("Het verslag van de LRT van 2 februari jl. wordt goedgekeurd.")
    assert approves_minutes("Het verslag van de 'kleine LRT' volgt op korte termijn per mail.")
    assert not approves_minutes("De taakstelling voor 2022-II is vastgesteld op 13.500.")
    assert asks_about_minutes("Were the minutes of the LRT of 18 December approved?")
    assert not asks_about_minutes("Who said that at the march 2025 LRT?")


def test_the_line_answers_a_question_about_the_minutes(engine: Engine) -> None:
    answer = engine.ask(
        "Were the minutes of the LRT of 18 December approved at the March 2025 meeting?"
    )
    assert not answer.abstained, answer.reason
    assert _LINE in answer.citations[0].quote


def test_the_line_does_not_answer_a_question_naming_a_meeting(engine: Engine) -> None:
    question = "Welke toezegging deed de minister-president in de LRT van maart 2025?"
    on = engine.ask(question)
    assert all(_LINE not in c.quote for c in on.citations)
    # office_names_read: "de minister-president" is the office MP, which never speaks: refused
    off = switched(engine, minutes_line_asked_only=False, office_names_read=False).ask(question)
    assert any(_LINE in c.quote for c in off.citations)
