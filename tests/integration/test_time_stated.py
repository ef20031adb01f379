"""Rule time_stated (answer/time_stated.py, check ``time_stated`` of answer/checks.py): a "since
when / by when / wanneer" question about an event or a state is answered only by a statement
that states a time; "When did X say Y?" and questions about the meetings are left alone."""

from __future__ import annotations

import re

import pytest

from lrt_search.answer.time_stated import asks_time, states_time
from lrt_search.index.analysis import words
from lrt_search.service import Engine

_SYRIA = "Sinds wanneer geldt het Besluit en vertrekmoratorium voor Syrië?"

#: A time written out, read independently of the rule: a month, a year, a day, a season, a week.
_TIME = re.compile(
    r"\b(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    r"december|(?:19|20)\d\d|zomer|winter|voorjaar|najaar|week|maand|kwartaal|binnenkort)\b",
    re.I,
)


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        (_SYRIA, True),
        ("By when should the letter to municipalities be sent out?", True),
        ("Tot wanneer konden leden opmerkingen maken?", True),
        ("Per wanneer geldt de nieuwe taakstelling?", True),
        ("Wanneer zei Aedes dat flexwoningen duurder worden?", False),
        ("When did the VNG say the tone of the letter was too preachy?", False),
        ("Wanneer heeft de VNG zorgen geuit over de taakstelling?", False),
        ("When was the Spreidingswet discussed?", False),
        ("When did the LRT meet in 2023?", False),
        ("Wat zei de VNG over de Spreidingswet?", False),
    ],
)  # fmt: skip
def test_which_questions_ask_for_a_time(question: str, asks: bool) -> None:
    assert asks_time(question) is asks


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("Deze verdeling wordt in de week van 11 juli met de provincies gedeeld.", True),
        ("Het pakket moet voor de zomer gereed zijn.", True),
        ("Het streven is de brief aan gemeenten voor 1 april uit te sturen.", True),
        ("Dit moet komende week nader uitgewerkt worden.", True),
        ("waarvoor in de zomer van 2025 een wetsvoorstel ligt", True),
        ("MAenM licht toe dat er een Besluit en vertrekmoratorium (BVM) is voor Syrië.", False),
        ("De toon in de brief wordt door VNG vaak als te zingend ervaren.", False),
    ],
)  # fmt: skip
def test_which_statements_state_a_time(text: str, states: bool) -> None:
    assert states_time(text) is states


def _on(engine: Engine) -> Engine:
    """The engine with rule time_stated on (it is off by default: docs/settings.md)."""
    return engine.with_settings(engine.settings.replace(time_stated=True))


def test_a_when_question_whose_statement_states_no_time_abstains_no_time(engine: Engine) -> None:
    on = _on(engine).ask(_SYRIA)
    assert on.abstained and on.reason_code == "no_time", (on.reason_code, on.reason)
    assert on.reason == "geen uitspraak noemt een tijdstip"
    off = engine.ask(_SYRIA)
    assert not off.abstained and "vertrekmoratorium" in off.citations[0].quote
    disabled = _on(engine).with_settings(
        _on(engine).settings.replace(disabled_checks=("time_stated",))
    )
    assert not disabled.ask(_SYRIA).abstained


def test_the_reason_no_time_is_true_of_the_minutes(engine: Engine) -> None:
    """Every statement of the minutes that holds the asked topic's specific word states no
    time, by a reading independent of the rule."""
    said = [
        s.text for c in engine.chunks for s in c.statements if "vertrekmoratorium" in words(s.text)
    ]
    assert said and not any(_TIME.search(t) for t in said), said


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        ("Wanneer wordt de verdeling van het capaciteitsbesluit met de provincies gedeeld?",
         "in de week van 11 juli"),
        ("Wanneer moet het pakket van wetten gereed zijn?", "voor de zomer gereed"),
    ],
)  # fmt: skip
def test_a_statement_that_states_the_time_answers(
    engine: Engine, question: str, quote: str
) -> None:
    answer = _on(engine).ask(question)
    assert not answer.abstained, answer.reason
    assert any(quote in c.quote for c in answer.citations)


def test_when_did_x_say_y_is_left_alone(engine: Engine) -> None:
    question = "When did the VNG say the tone of the letter was too preachy?"
    on = _on(engine).ask(question)
    off = engine.ask(question)
    assert not on.abstained and [c.quote for c in on.citations] == [c.quote for c in off.citations]


def test_the_rule_abstains_only_for_no_time(engine: Engine) -> None:
    """When the statements that state a time are too far from the question, those refused
    only for stating none compete again (answer/time_fallback.py): the answer is the one
    without the rule, not an abstention for low confidence."""
    question = "When will the preconditions for a higher target be worked out?"
    on, off = _on(engine).ask(question), engine.ask(question)
    assert not on.abstained and on.reason_code is None
    assert [c.quote for c in on.citations] == [c.quote for c in off.citations]
    assert abs(on.confidence - off.confidence) < 1e-9
