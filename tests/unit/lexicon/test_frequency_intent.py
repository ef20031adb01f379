"""Intent ``frequency`` (rule frequency_meetings): a count of the meetings that treat a topic,
not how often something happens in the world."""

from __future__ import annotations

import pytest

from lrt_search.lexicon.intents import asks


@pytest.mark.parametrize(
    "question",
    [
        "Hoe vaak is de opvang in Zevenaar besproken?",
        "How many times was the MPP mentioned?",
        "In how many meetings did the COA speak?",
        "Werd de taakstelling in elke vergadering genoemd?",
        "Hoeveel keer kwam de Tijdelijke wet Oekraïne aan de orde?",
    ],
)
def test_a_count_of_meetings_is_asked(question: str) -> None:
    assert asks("frequency", question)


@pytest.mark.parametrize(
    "question",
    [
        "Hoe vaak moet het IPO rapporteren over de voortgang?",
        "How often are status holders housed within twelve weeks?",
        "Hoe vaak komt de HLRT bijeen?",
        "How many times must the municipalities report?",
    ],
)
def test_how_often_something_happens_is_not(question: str) -> None:
    assert not asks("frequency", question)
