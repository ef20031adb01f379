"""Intents of questions, read from lexicon/data/intents.toml."""

from __future__ import annotations

import pytest

from lrt_search.lexicon.intents import asks, framing_spans, intent_names


@pytest.mark.parametrize(
    ("question", "intents"),
    [
        ("Who chaired the meeting of 19 March 2025?", {"chair", "header", "meeting"}),
        ("Wie zat de vergadering van 19 maart 2025 voor?", {"chair", "header", "meeting"}),
        ("Wat zat er voor de gemeenten in?", set()),
        ("Hoeveel kost een flexwoning?", {"quantity", "money", "quantity_words"}),
        ("Waarom is de VNG uit de LRT gestapt?", {"why", "meeting"}),
        ("How did the backlog develop?", {"timeline", "quantity_words"}),
    ],
)
def test_intents_of_questions(question: str, intents: set[str]) -> None:
    assert {n for n in intent_names() if asks(n, question)} == intents


def test_framing_words_are_spans_of_the_question() -> None:
    question = "Who chaired the meeting?"
    assert [question[a:b] for a, b in framing_spans(question)] == ["chaired"]
