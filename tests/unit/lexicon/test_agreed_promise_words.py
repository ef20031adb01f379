"""The words of a promise or commitment read as intent ``agreed`` (and ``actions``), and as
framing words, not topic words (lexicon/data/intents.toml, questions.toml; issue 16, session 22
task D3)."""

from __future__ import annotations

import pytest

from lrt_search.lexicon.intents import asks
from lrt_search.lexicon.wordlists import word_set


@pytest.mark.parametrize(
    "question",
    [
        "What was promised about the escalation ladder in July 2022?",
        "What did the cabinet pledge on the Spreidingswet?",
        "Which promises were made about flexwoningen?",
        "Did the minister make a commitment on reception places?",
        "What did the state undertake to do about Ter Apel?",
        "What was concluded about the taakstelling?",
        "Wat is er in maart 2025 beloofd over het vertrekmoratorium?",
        "Wat beloofde de staatssecretaris over de noodopvang?",
        "Welke beloftes zijn er gedaan over flexwoningen?",
        "Wat is er vastgelegd over de taakstelling?",
        "Welke beslissingen zijn er genomen over de spreidingswet?",
        "Wat heeft SJenV toegezegd over de escalatieladder?",
    ],
)
def test_promise_and_commitment_words_ask_what_was_agreed(question: str) -> None:
    assert asks("agreed", question)


@pytest.mark.parametrize(
    "question",
    [
        "What was promised about the escalation ladder?",
        "Wat beloofde de staatssecretaris?",
        "What did the state undertake to do about Ter Apel?",
    ],
)
def test_a_promise_asks_for_actions(question: str) -> None:
    assert asks("actions", question)


@pytest.mark.parametrize(
    "question",
    [
        "What did the VB undertake in Ter Apel?",  # carry out, no promise
        "What did the VNG conclude from the figures?",  # a conclusion spoken, not agreed
        "Hoe werd de beloning van de vrijwilligers geregeld?",  # "beloning" is no promise
        "Was there an action plan for Ter Apel?",  # "an" is no question's determiner
    ],
)
def test_words_like_them_do_not(question: str) -> None:
    assert not asks("agreed", question)


def test_promise_words_frame_the_question() -> None:
    frame = word_set("questions", "frame")
    assert {"promised", "beloofd", "beloofde", "pledged", "beloftes"} <= frame
