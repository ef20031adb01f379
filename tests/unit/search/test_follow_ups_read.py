"""Rule ``follow_ups_read`` by hand (issue 16 session 29 task B2; blind29 class 1): a follow-up
that points back by a bare "dat"/"that" or a determiner keeps its context; a conjunction or a
relative "dat"/"that" does not; a first sentence that is an indirect question keeps the whole."""

from __future__ import annotations

import pytest

from lrt_search.config import Settings
from lrt_search.search.follow_ups import asks_first, points_back, without_dummy_it
from lrt_search.search.preamble import question_sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Eigenlijk: ging dat sneller of juist trager?",
        "Who was going to keep an eye on that, just SJenV on his own?",
        "Welke week was dat ook alweer?",
        "Worden zulke gemeenten als eerste aangesproken?",
        "Wat vond de VNG van dat voorstel?",
        "Kwam er van die plannen nog iets terecht?",
        "Who paid for that whole operation?",
        "How did that turn out?",
    ],
)
def test_a_follow_up_points_back(sentence: str) -> None:
    assert points_back(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Klopt het dat het COA in maart 2025 over Ter Apel sprak?",
        "Is it true that the VNG spoke about housing in April 2023?",
        "Wat zei de VNG over het besluit dat in juli 2022 viel?",
        "What did IPO say about the decision that was taken in July 2022?",
        "Did the VNG say that municipalities should do more?",
        "Which countries, such as Syria, were named?",
        "Welke gemeenten die een azc hebben werden genoemd?",
    ],
)
def test_a_conjunction_or_relative_does_not(sentence: str) -> None:
    assert not points_back(sentence)


def test_an_indirect_first_sentence_is_the_question() -> None:
    assert asks_first("Ik vroeg me af hoe SJenV in 2025 het tempo van de inburgering inschatte.")
    assert asks_first("I was wondering whether the COA spoke about Ter Apel.")
    assert not asks_first("Ik maak een podcast over de asielopvang.")


def test_a_dummy_it_is_no_reference_back() -> None:
    assert "it" not in without_dummy_it("Is it true that the VNG objected?").split()


def test_the_switch() -> None:
    q = "In maart 2025 ging het over de taakstelling voor 2025-II. Op hoeveel werd dat gezet?"
    assert Settings().follow_ups_read
    assert question_sentence(q, follow_ups=True) == (q, "")
    assert question_sentence(q, follow_ups=False)[0] == "Op hoeveel werd dat gezet?"
    context = "Ik maak een podcast over de asielopvang. Is it true that the COA spoke in 2025?"
    assert (
        question_sentence(context, follow_ups=True)[1] == "Ik maak een podcast over de asielopvang."
    )
    assert question_sentence(context, follow_ups=False)[1] == ""
