"""Issue 16, session 21 task A3: general English words for what the minutes say that FreeDict
does not translate (or translates in another sense) reach the minutes' Dutch words through
lexicon/data/glossary.toml (eval/untranslated_word_probe.jsonl)."""

from __future__ import annotations

import pytest

from lrt_search.lexicon.glossary import Glossary
from lrt_search.service import Engine


@pytest.mark.parametrize(
    ("english", "dutch"),
    [
        ("Which sites were inventoried?", "geïnventariseerd"),
        ("Was an inventory made of the sites?", "inventarisatie"),
        ("What about cooperation between members?", "samenwerking"),
        ("Which municipalities don't cooperate enough?", "meewerken"),
        ("Only vulnerable Ukrainians?", "kwetsbare"),
        ("Why were provinces reluctant?", "terughoudend"),
        ("Why were municipalities hesitant?", "terughoudend"),
        ("What was unclear about the ban?", "onduidelijk"),
        ("Did the IPO complain about unclear roles?", "duidelijkheid"),
        ("Questions about the operational elaboration?", "operationele"),
        ("Which options were explored?", "verkend"),
        ("Is there a one-off payment?", "eenmalig"),
        ("Why can the act not be withdrawn?", "intrekken"),
    ],
)
def test_a_general_english_word_reaches_the_minutes_word(english: str, dutch: str) -> None:
    assert dutch in Glossary.default().expand(english)


def test_an_inventoried_question_is_answered_with_its_statement(engine: Engine) -> None:
    # without the entry "inventoried": answered from another passage (no gold)
    answer = engine.ask("What was being inventoried by the interior ministry in November 2023?")
    assert not answer.abstained, answer.reason
    assert any("geïnventariseerd" in c.quote for c in answer.citations)


def test_a_reluctant_question_is_answered(engine: Engine) -> None:
    # without the entry "reluctant": low_confidence
    question = (
        "What made provinces and municipalities reluctant, "
        "according to the interior minister in November 2023?"
    )
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any("terughoudend" in c.quote for c in answer.citations)
