"""Issue 16 task B2: an office asked as the speaker that the minutes never record speaking.

Rule ``absent_role_speaker``: "the prime minister" / "de minister-president" / "de premier" /
"de burgemeester" are no word of the minutes, and Defensie speaks in no statement: such a
question is refused with ``role_unrecorded`` naming the office, not answered with a quote on
its topic. Offices the minutes record ("the state secretary", "de minister van Asiel en
Migratie": MAenM) are answered as before. The chair pattern reads "presided", not
"minister-president"."""

from __future__ import annotations

import pytest
from switched import switched

from lrt_search.evaluation.reason_truth import Minutes, false_reason
from lrt_search.lexicon.intents import asks
from lrt_search.service import Engine


@pytest.mark.parametrize(
    ("question", "office"),
    [
        ("What did the prime minister say about Ter Apel?", "prime minister"),
        ("Wat zei de minister-president over de spreidingswet?", "minister-president"),
        ("Wat zei de minister van Defensie over de opvang?", "minister van Defensie"),
        ("What did the mayor of Rotterdam say about the late documents?", "mayor of Rotterdam"),
    ],
)
def test_an_unrecorded_office_is_the_reason(engine: Engine, question: str, office: str) -> None:
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "role_unrecorded", answer.reason
    assert answer.reason_params["names"] == [office]
    assert false_reason(Minutes(engine), answer) is None
    off = switched(engine, absent_role_speaker=False).ask(question)
    assert off.reason_code != "role_unrecorded"


def test_the_prime_minister_was_answered_without_the_rule(engine: Engine) -> None:
    off = switched(engine, absent_role_speaker=False)
    assert not off.ask("What did the prime minister say about Ter Apel?").abstained


def test_recorded_offices_are_not_refused(engine: Engine) -> None:
    for question in (
        "Wat zei de minister van Asiel en Migratie over de spreidingswet?",
        "What did the minister say about withdrawing the spreidingswet?",
        "Wat zei de staatssecretaris over de taakstelling?",
    ):
        assert engine.ask(question).reason_code != "role_unrecorded", question


def test_minister_president_asks_no_chair() -> None:
    assert not asks("chair", "Wat zei de minister-president op het overleg van 10 november 2023?")
    assert asks("chair", "Who presided over the meeting of 10 November 2023?")
