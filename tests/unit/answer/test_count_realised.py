"""Rule count_realised by hand (no index): which questions ask a number of something done, and
which statements state one (answer/count_realised.py)."""

from __future__ import annotations

import pytest

from lrt_search.answer.count_realised import asked_done, done_clauses, states_done
from lrt_search.answer.messages import render


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        ("Hoeveel statushouders zijn er in heel 2023 gehuisvest?", "gehuisvest"),
        ("How many rejected asylum seekers were deported in 2023?", "deported"),
        ("How much money did the COA spend on hotel accommodation in 2023?", "spend"),
        ("Hoeveel van de achterstand was aan het eind van de periode ingehaald?", "ingehaald"),
        # a plan, a need or an expectation asks a target
        ("Hoeveel statushouders moeten er dit jaar nog gehuisvest worden?", None),
        ("How many permit holders still had to be housed that year?", None),
        ("How many permit holders were expected to move out?", None),
        # a state, speech, no verb of something done, no quantity asked
        ("How many asylum seekers were staying in Ter Apel?", None),
        ("Hoeveel statushouders werden er genoemd in de LRT van 8 juli 2022?", None),
        ("Wanneer werden de statushouders gehuisvest?", None),
        # a base form only after did/have/has/had
        ("How many homes to build in 2024?", None),
    ],
)
def test_asked_done(question: str, verb: str | None) -> None:
    assert asked_done(question) == verb


@pytest.mark.parametrize(
    ("text", "done"),
    [
        ("Op dit moment verblijven er 2.193 asielzoekers in Ter Apel, het hoogste aantal.", True),
        ("De kale taakstelling van 10.000 is behaald.", True),  # a target done
        ("In 2023 zijn 5.000 statushouders gehuisvest, de taakstelling was 20.000.", True),
        ("Dit jaar moeten nog circa 13.000 statushouders van huisvesting voorzien.", False),
        ("De taakstelling voor 2022-II is vastgesteld op 13.500.", False),
        ("De inzet is om op deze manier per week 500 extra plekken te realiseren.", False),
        ("De komende tijd ligt de focus op het versneld uitplaatsen van de 7.500 houders.", False),
        ("De statushouders zijn in 2023 gehuisvest.", False),  # a year is no number of them
        ("", False),
    ],
)
def test_states_done(text: str, done: bool) -> None:
    assert states_done(text) is done


def test_a_clause_after_a_comma_is_read_alone() -> None:
    text = "Ongeveer 60 gemeenten hebben interesse, waarmee 8500 plekken zouden kunnen ontstaan."
    assert done_clauses(text) == ["Ongeveer 60 gemeenten hebben interesse"]


def test_the_reason_renders_in_both_languages() -> None:
    params = {"topic": "statushouders", "words": ["gehuisvest"], "period": "2023-11-03"}
    assert "al “gehuisvest”" in render("count_unrealised", params, "nl")
    assert "already “gehuisvest”" in render("count_unrealised", params, "en")
