"""Rule negative_stance_stated (lrt_search.answer.stance): a question presupposing a refusal,
objection, rejection or vote against is answered only by a statement that states a negative
stance; a why-premise's stance words are left to that check."""

from __future__ import annotations

import pytest
from switched import switched

from lrt_search.answer.stance import asked_stance, stance_words, states_stance
from lrt_search.service import Engine


def _quotes(answer: object) -> str:
    return " ".join(c.quote for c in answer.citations)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("question", "presupposes"),
    [
        ("Welke provincies weigerden de verdeelsleutel?", True),
        ("Wie stemde er tegen het voorstel?", True),
        ("Waarom wees het IPO de notitie af?", True),
        ("Why did the VB boycott the meeting?", True),
        ("Why did Aedes turn down the offer?", True),
        ("Wat zei de VNG over de taakstelling?", False),
        ("Welke maatregelen zijn er tegen de druk op Ter Apel?", False),
        ("Why did the COA call municipalities?", False),
    ],
)
def test_which_questions_presuppose_a_negative_stance(question: str, presupposes: bool) -> None:
    assert (asked_stance(question) is not None) is presupposes


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("VNG maakt nog voorbehoud bij precieze formuleringen", True),
        ("Onhaalbare taakstelling niet acceptabel als de voorwaarden", True),
        ("Aedes antwoordt dat een algemeen bod nu inderdaad niet opportuun is", True),
        ("VB wil niet de situatie dat uitvoering door organisaties", True),
        ("Er wordt ingestemd met de taakstelling.", False),
        ("De VNG wil graag meedenken.", False),
        ("Zij is het eens met de inzet van het kabinet", False),
    ],
)
def test_which_statements_state_a_negative_stance(text: str, states: bool) -> None:
    assert states_stance(text) is states


def test_a_concern_states_no_refusal() -> None:
    assert states_stance("De VNG spreekt hun zorgen uit over de LVV")
    assert not states_stance("De VNG spreekt hun zorgen uit over de LVV", act=True)
    assert states_stance("een algemeen bod nu inderdaad niet opportuun is", act=True)


def test_the_stance_words_of_a_separable_verb_are_its_outer_words() -> None:
    assert stance_words("wees de VNG de nationale terugvaloptie af") == {"wees", "af"}


def test_an_objection_stated_as_a_reservation_supports_the_why_premise(engine: Engine) -> None:
    question = "Waarom ging de VNG niet akkoord met de formuleringen van het arrangement?"
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert "voorbehoud" in _quotes(answer)


@pytest.mark.parametrize(
    "question",
    [
        "Waarom stemde VWS tegen de beslispunten over governance?",
        "Welke provincies weigerden de verdeelsleutel van het COA?",
    ],
)
def test_a_stance_no_statement_states_abstains(engine: Engine, question: str) -> None:
    assert engine.ask(question).abstained
    # which_member_named (on) refuses "Welke provincies ..." too: the stance check alone is off;
    # act_stated (on) rightly refuses "stemde VWS tegen" too (no vote is recorded): off as well
    off = switched(engine, negative_stance_stated=False, which_member_named=False, act_stated=False)
    assert not off.ask(question).abstained
