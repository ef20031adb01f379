"""Rule quantity_noun_asked (answer/asked_detail.py, intent ``quantity_noun``): a quantity asked
without "hoeveel" / "how many" - a search-box fragment ending in its word ("spuk opstartwoningen
bedrag") or "wat / what" before a measure noun ("Wat was de bezettingsgraad ...?") - is a
quantity question: a statement on the topic without the amount does not answer it; a statement
that states it, in figures or as a share in words ("de helft"), does."""

from __future__ import annotations

import pytest
from switched import switched

from lrt_search.answer.evidence import states_percentage
from lrt_search.lexicon.intents import asks
from lrt_search.service import Engine


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("spuk doorstroomlocaties bedrag", True),
        ("asielzoekers aan het werk percentage", True),
        ("asylum seekers Ter Apel number", True),
        ("Wat was de bezettingsgraad van de COA-locaties in juli 2022?", True),
        ("What was the COA's occupancy rate in July 2022?", True),
        ("What rent cap for flexwoningen did the LRT agree on?", True),
        ("Wat zei de VNG over het aantal?", False),  # a question word first
        ("Is er gesproken over het budget", False),
        ("taakstelling statushouders", False),  # a fragment without a quantity word
        ("Wie sprak over de bezettingsgraad?", False),
    ],
)  # fmt: skip
def test_which_questions_ask_a_quantity_noun(question: str, asked: bool) -> None:
    assert asks("quantity_noun", question) is asked


def test_share_in_words_is_a_percentage() -> None:
    assert states_percentage("waarvan grofweg de helft positief")
    assert states_percentage("een derde van de gemeenten")
    assert not states_percentage("in de tweede helft van 2023")


def test_fragment_without_the_amount_abstains_no_amount(engine: Engine) -> None:
    question = "spuk opstartwoningen bedrag"
    on = switched(engine, quantity_noun_asked=True).ask(question)
    assert on.abstained and on.reason_code == "no_amount", (on.reason_code, on.reason)
    off = switched(engine, quantity_noun_asked=False).ask(question)
    assert not off.abstained  # without the rule: a statement on the topic, no amount


def test_fragment_answered_by_the_stated_count(engine: Engine) -> None:
    on = switched(engine, quantity_noun_asked=True).ask(
        "capaciteitsbesluit COA opgave plekken aantal"
    )
    assert not on.abstained, on.reason
    assert any("51.000" in c.quote for c in on.citations)
