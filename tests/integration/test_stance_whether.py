"""Rule stance_whether_asked (lrt_search.answer.stance): a yes/no question asking whether a body
objected in words presupposes no objection; a statement answers it unless it states only
agreement or support. A yes/no question about a refusal as an act keeps the full check."""

from __future__ import annotations

import pytest
from switched import switched

from lrt_search.answer.stance import asks_whether, supports_stance
from lrt_search.service import Engine


@pytest.mark.parametrize(
    ("question", "yes_no", "whether"),
    [
        ("Did the VNG object to the new letters?", True, True),
        ("Had het COA kritiek op de verdeling?", True, True),
        ("Heeft de VNG de taakstelling afgewezen?", True, False),  # an act
        ("Why did the VNG object to the letters?", False, False),
        ("Did the VNG say anything about the letters?", True, False),  # no stance
    ],
)
def test_which_questions_ask_whether_an_objection_was_made(
    question: str, yes_no: bool, whether: bool
) -> None:
    assert asks_whether(question, yes_no) is whether


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("De angst leeft dat een doorstroomlocatie ook snel volloopt.", True),
        ("VNG steunt het voorstel, maar maakt zich zorgen over de woningen.", True),
        ("Zij is het eens met de inzet van het kabinet.", False),
        ("De VNG wil hier graag bij meedenken.", False),
    ],
)
def test_a_statement_of_agreement_alone_answers_no_whether_question(
    text: str, answers: bool
) -> None:
    assert supports_stance(text, "object to", whether=True) is answers
    assert not supports_stance("De angst leeft dat het snel volloopt.", "object to", False)


def test_a_concern_in_other_words_answers_whether_a_body_objected(engine: Engine) -> None:
    question = "Had de VNG in november 2023 bezwaar tegen de regionale verantwoordelijkheid?"
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert "koudwatervrees" in " ".join(c.quote for c in answer.citations)
    assert switched(engine, stance_whether_asked=False).ask(question).abstained


def test_a_body_that_agreed_is_not_answered_as_objecting(engine: Engine) -> None:
    assert engine.ask("Had Aedes in maart 2025 bezwaar tegen woningdelen?").abstained
