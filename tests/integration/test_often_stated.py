"""Rule often_stated (answer/asked_detail.py, used by rule property_tied): a question that asks
how often something happens is answered only when its topic's statements state a frequency
("maandelijks", "eenmalig", "per week"); else it abstains with ``no_frequency`` instead of
quoting a statement on the topic that says nothing of how often."""

from __future__ import annotations

import pytest
from switched import switched

from lrt_search.answer.asked_detail import asks_often, states_frequency
from lrt_search.index.analysis import words
from lrt_search.service import Engine

_KEY = "Hoe vaak wordt de verdeelsleutel voor de opvang van asielzoekers herzien?"
_WEEK = "How often should the coordination centre add 500 extra places?"


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        (_KEY, True),
        (_WEEK, True),
        ("Hoe vaak moeten de provinciale tafels verslag uitbrengen?", True),
        ("Hoeveel keer is de escalatieladder ingezet?", True),
        ("Hoe vaak is Budel besproken in de LRT?", False),  # how often discussed: frequency
        ("How often did the VNG speak?", False),
        ("Hoe vaak heeft de LRT in 2024 vergaderd?", False),  # the meetings
        ("Wanneer wordt de verdeelsleutel herzien?", False),
    ],
)  # fmt: skip
def test_which_questions_ask_how_often(question: str, asks: bool) -> None:
    assert asks_often(question) is asks


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("Zij zullen tevens maandelijks rapporteren over de voortgang van de uitvoering.", True),
        ("De inzet is om op deze manier per week 500 extra plekken te realiseren", True),
        ("een bedrag dat gemeenten eenmalig ontvangen", True),
        ("Het punt is twee keer besproken.", True),
        ("Lijsten per provincie maken van recreatieterreinen.", False),
        ("VB geeft aan dat rol van VR's voor cno afloopt op 1 juli.", False),
    ],
)  # fmt: skip
def test_which_statements_state_a_frequency(text: str, states: bool) -> None:
    assert states_frequency(text) is states


def test_how_often_with_no_frequency_on_the_topic_abstains_no_frequency(engine: Engine) -> None:
    on = switched(engine, often_stated=True).ask(_KEY)
    assert on.abstained and on.reason_code == "no_frequency", (on.reason_code, on.reason)
    assert on.reason.startswith("geen uitspraak noemt een frequentie")
    off = switched(engine, often_stated=False).ask(_KEY)
    assert not off.abstained  # without the rule: a statement on the key, no frequency
    said = [
        s.text for c in engine.chunks for s in c.statements if "verdeelsleutel" in words(s.text)
    ]
    assert said and not any(states_frequency(t) for t in said), said  # the reason is true


def test_how_often_answered_by_a_frequency_in_other_words(engine: Engine) -> None:
    on = switched(engine, often_stated=True).ask(_WEEK)
    assert not on.abstained, on.reason
    assert any("per week" in c.quote for c in on.citations)
