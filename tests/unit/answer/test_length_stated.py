"""Rule length_stated (answer/durations.py): which questions ask only a length or an end, and
which texts state one (built by hand; no index)."""

from __future__ import annotations

import pytest

from lrt_search.answer.durations import asks_length, states_end, states_length
from lrt_search.answer.messages import render
from lrt_search.answer.property_tied import REASONS, TIMES, states_time
from lrt_search.evaluation.reason_truth import CHECKERS


@pytest.mark.parametrize(
    "question",
    [
        "Hoe lang duurt de consultatie?",
        "Hoelang blijft de regeling gelden?",
        "Tot wanneer kunnen gemeenten een aanvraag indienen?",
        "How long do families wait in the asylum centre?",
        "Until when can members send comments?",
        "Hoeveel tijd hebben de leden nog?",
    ],
)
def test_asks_a_length_or_an_end(question: str) -> None:
    assert asks_length(question)


@pytest.mark.parametrize(
    "question",
    [
        "Wanneer gaat de AMvB in consultatie?",
        "Binnen welke termijn komt de lijst?",
        "In welke periode moeten statushouders uitstromen?",
        "By when must the package be ready?",
        "Hoe lange wachtlijsten zijn er?",
    ],
)
def test_asks_no_length(question: str) -> None:
    assert not asks_length(question)


@pytest.mark.parametrize(
    "text",
    [
        "leden kunnen opmerkingen maken tot 12u op 10 november",
        "VB geeft aan dat rol van VR's voor cno afloopt op 1 juli",
        "The scheme runs until 1 July 2025.",
        "De regeling loopt t/m maart 2026.",
    ],
)
def test_an_end(text: str) -> None:
    assert states_end(text, states_time)
    assert states_length(text, states_time)


@pytest.mark.parametrize(
    "text",
    [
        "Het is de bedoeling dat de AMvB op 12 mei in de MR ligt, waarna die in consultatie gaat.",
        "Eind mei heeft de Tweede Kamer een technische briefing gepland.",
        "Deze wordt deze maand openbaar gemaakt.",
        "Dit leidt tot een brief aan de Kamer.",
        "Om te komen tot een brief, die in april verschijnt.",
    ],
)
def test_a_point_in_time_is_no_length(text: str) -> None:
    assert not states_length(text, states_time)


@pytest.mark.parametrize(
    "text", ["met een jaar wordt verlengd", "We zitten al ruim twee jaar in een crisismode."]
)
def test_a_length(text: str) -> None:
    assert states_length(text, states_time)
    assert not states_end(text, states_time)


def test_reason_is_rendered_and_checked() -> None:
    assert "length" in TIMES and REASONS["length"] == "no_length"
    assert "no_length" in CHECKERS
    for lang in ("en", "nl"):
        text = render("no_length", {"subject": "consultatie"}, lang)
        assert text and "{" not in text
