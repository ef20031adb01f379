"""Rule cost_asked (answer/asked_detail.py, intent ``cost_asked``): an English "What did / does
X cost?" asks an amount of money, as "how much does X cost" does: a statement on X without an
amount does not answer it (``no_amount``); the amount written next to a money word does."""

from __future__ import annotations

import pytest
from switched import switched

from lrt_search.lexicon.intents import asks
from lrt_search.service import Engine

_DSL = "What does a place in a transit location (DSL) cost?"


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        (_DSL, True),
        ("What did a flexible home cost according to Aedes?", True),
        ("What will a start-up home cost?", True),
        ("What does the cost of the scheme include?", False),  # a noun
        ("What were the costs of the scheme?", False),
        ("What did it cost in time?", False),
    ],
)  # fmt: skip
def test_which_questions_ask_a_cost(question: str, asked: bool) -> None:
    assert asks("cost_asked", question) is asked


def test_what_does_x_cost_without_an_amount_abstains_no_amount(engine: Engine) -> None:
    on = switched(engine, cost_asked=True).ask(_DSL)
    assert on.abstained and on.reason_code == "no_amount", (on.reason_code, on.reason)
    off = switched(engine, cost_asked=False).ask(_DSL)
    assert not off.abstained  # without the rule: a statement on DSLs, no amount


def test_what_does_x_cost_answered_by_an_amount_next_to_a_money_word(engine: Engine) -> None:
    question = (
        "What does the one-off scheme for municipalities that take over a status holder cost?"
    )
    on = switched(engine, cost_asked=True).ask(question)
    assert not on.abstained, on.reason
    assert any("30.000" in c.quote for c in on.citations)
