"""Rule rate_stated (answer/asked_detail.py, used by rule property_tied): a "how many / how
much" question that asks a number per unit of time ("Hoeveel asielzoekers per dag ...?", "How
many places a week ...?") is answered only when its topic's statements state a rate of that unit
("per week", "wekelijks"); else it abstains with ``no_rate`` instead of quoting a stock or a
number of something else."""

from __future__ import annotations

import pytest
from switched import switched

from lrt_search.answer.asked_detail import asks_rate, states_rate
from lrt_search.index.analysis import words
from lrt_search.service import Engine

_DAY = "Hoeveel asielzoekers meldden zich in november 2023 per dag in Ter Apel?"
_WEEK = "How many additional places per week was the coordination centre supposed to create?"


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        (_DAY, "day"),
        (_WEEK, "week"),
        ("How many extra places a week did the cabinet want?", "week"),
        ("Hoeveel opvangplekken wilde het kabinet wekelijks extra realiseren?", "week"),
        ("Hoeveel woningen per jaar moeten er gebouwd worden?", "year"),
        ("How many people slept there per night?", "night"),
        ("How many places were there a week later?", None),  # a time, not a rate
        ("How many places were found in a week?", None),  # a duration
        ("Hoeveel statushouders zijn er in 2023 gehuisvest?", None),
        ("Hoeveel geld krijgt een gemeente per statushouder?", None),  # not a unit of time
    ],
)  # fmt: skip
def test_which_questions_ask_a_rate(question: str, unit: str | None) -> None:
    assert asks_rate(question) == unit


@pytest.mark.parametrize(
    ("text", "unit", "states"),
    [
        ("De inzet is om op deze manier per week 500 extra plekken te realiseren", "week", True),
        ("De inzet is om op deze manier per week 500 extra plekken te realiseren", "day", False),
        ("Zij zullen tevens maandelijks rapporteren over de voortgang.", "month", True),
        ("Op dit moment verblijven er 2.193 asielzoekers in Ter Apel.", "day", False),
        ("De komende week worden 300 plekken gerealiseerd.", "week", False),  # not a rate
    ],
)  # fmt: skip
def test_which_statements_state_a_rate(text: str, unit: str, states: bool) -> None:
    assert states_rate(text, unit) is states


def test_a_rate_no_statement_on_the_topic_states_abstains_no_rate(engine: Engine) -> None:
    on = switched(engine, rate_stated=True).ask(_DAY)
    assert on.abstained and on.reason_code == "no_rate", (on.reason_code, on.reason)
    assert on.reason.startswith("geen uitspraak noemt een aantal per dag")
    off = switched(engine, rate_stated=False).ask(_DAY)
    assert not off.abstained  # without the rule: a number of asylum seekers, not per day
    said = [s.text for c in engine.chunks for s in c.statements if "asielzoekers" in words(s.text)]
    assert said and not any(states_rate(t, "day") for t in said), said  # the reason is true


def test_the_rate_the_minutes_state_is_answered(engine: Engine) -> None:
    on = switched(engine, rate_stated=True).ask(_WEEK)
    assert not on.abstained, on.reason
    assert any("per week 500 extra plekken" in c.quote for c in on.citations)
