"""Rule ``stand_in_lines`` on the bundled minutes: a question of absence, replacement or level
of representation quotes the opening item's line (or the "Afwezig" list) of its meeting, and a
dated question whose meetings state no such line naming its person abstains with a true
reason. Off, the two questions below the line misses are answered from the discussion."""

from __future__ import annotations

import pytest
from switched import switched

from lrt_search.service import Engine


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        (
            "Which ministers were unable to attend the LRT of 6 April 2023?",
            "De Ministers van VWS en voor PVO en VRO zijn verhinderd.",
        ),
        (
            "Op welk niveau waren OCW en VRO vertegenwoordigd in de vergadering van april 2023?",
            "OCW en VRO zijn op DG-niveau vertegenwoordigd.",
        ),
        ("Wie nam in juli 2022 de plaats in van dhr. Van Rijn?", "vervangen door mw. Lamers"),
        ("Who was absent from the meeting of 19 March 2025?", "Uitermark (BZK)"),
    ],
)
def test_the_line_of_the_opening_item_is_quoted(engine: Engine, question: str, quote: str) -> None:
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any(quote in c.quote for c in answer.citations), [c.quote for c in answer.citations]
    assert any(n.startswith("stand-in lines") for n in answer.notes)


def test_the_rule_is_what_quotes_them(engine: Engine) -> None:
    question = "Which ministers were unable to attend the LRT of 6 April 2023?"
    off = switched(engine, stand_in_lines=False).ask(question)
    assert not any("zijn verhinderd" in c.quote for c in off.citations)


@pytest.mark.parametrize(
    "question",
    [
        "Who stood in for the Minister of VWS at the meeting of 10 November 2023?",
        "Wie verving mevrouw Spies tijdens de vergadering van 19 maart 2025?",
    ],
)
def test_no_line_naming_the_person_abstains(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "absence_unstated", answer.reason


def test_a_name_asked_needs_a_person_named(engine: Engine) -> None:
    """Van Gennip was replaced by DGSZI, a function: no person is named, so the rule leaves
    the question to the usual reading."""
    question = "What is the name of the person who replaced Van Gennip at the LRT of July 2022?"
    answer = engine.ask(question)
    assert not any(n.startswith("stand-in lines") for n in answer.notes)
