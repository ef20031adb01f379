"""Rule role_speaker_asked (search.role_words.role_asked): a role word resolving to no one
organisation asks a speaker where a speaker stands, not where it modifies or is spoken to."""

from __future__ import annotations

import pytest

from lrt_search.search.query import SpeakerRules
from lrt_search.search.role_words import role_asked

ON = SpeakerRules()


@pytest.mark.parametrize(
    "question",
    [
        "What did the minister say would happen to the moratorium?",
        "Did the minister say that IBT solves all problems?",
        "Wanneer komt er volgens de minister helderheid over de locatie Budel?",
        "By when must the package be ready according to the minister?",
        "Wat vond de minister van het eerdere bod van Aedes?",
        "What did the chair say about the COA locations?",
        "Wat zei de minister over de COA-locaties?",
    ],
)
def test_a_role_where_a_speaker_stands_is_asked(question: str) -> None:
    assert role_asked(question, ON), question


@pytest.mark.parametrize(
    "question",
    [
        "Wat stond er in de ministerbrief over de opvang?",  # compound: no role word
        "Wat vond de VNG van de ministerbrief?",
        "What did the VNG say about the minister letter?",  # after "about": topic
        "Wat zei de VNG over de brief van de minister?",
        "What did the VNG say to the minister about housing?",  # addressee
        "What was said about the COA capacity decision?",  # no role at all
        "Hoeveel plekken bevatte het capaciteitsbesluit?",
    ],
)
def test_a_role_that_modifies_or_is_addressed_asks_no_speaker(question: str) -> None:
    assert not role_asked(question, ON), question
