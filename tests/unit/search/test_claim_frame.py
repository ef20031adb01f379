"""Rule ``claim_frame_read`` (search/claim_frame.py): a reported claim read without its frame."""

from __future__ import annotations

import pytest

from lrt_search.search.claim_frame import claim_frame


@pytest.mark.parametrize(
    ("question", "read"),
    [
        (
            "Een wethouder beweert dat het COA gemeenten opbelde. Klopt dat?",
            "Klopt het dat het COA gemeenten opbelde?",
        ),
        (
            "A news site claims 7,500 permit holders left reception. Do the minutes say so?",
            "Is it true that 7,500 permit holders left reception?",
        ),
        (
            "It was reported that the VNG asked for pilots. Is that right?",
            "Is it true that the VNG asked for pilots?",
        ),
        (
            "Er wordt beweerd dat het IPO kritiek had op de taakstelling?",
            "Klopt het dat het IPO kritiek had op de taakstelling?",
        ),
        (
            "Een collega van mij zegt dat de PRT's maandelijks rapporteren. Is dat waar?",
            "Klopt het dat de PRT's maandelijks rapporteren?",
        ),
        (
            "I was told the DSLs could create 12,000 places. Can the minutes confirm that?",
            "Is it true that the DSLs could create 12,000 places?",
        ),
    ],
)
def test_a_claim_checked_is_read_as_the_claim(question: str, read: str) -> None:
    found = claim_frame(question)
    assert found is not None and found.question == read


def test_a_question_after_the_claim_is_kept_with_it() -> None:
    found = claim_frame("Een wethouder zegt dat er 3.000 mensen waren. Hoeveel noemt het verslag?")
    assert found is not None
    assert found.question == "Er 3.000 mensen waren. Hoeveel noemt het verslag?"
    assert found.frame == "Een wethouder zegt dat"


def test_the_frame_is_noted_with_its_closing_check() -> None:
    found = claim_frame("A mayor says the minister wanted to withdraw the law. Is it true?")
    assert found is not None and found.frame == "A mayor says ... Is it true?"


@pytest.mark.parametrize(
    "question",
    [
        "De VNG zegt dat de taakstelling te hoog is. Klopt dat?",  # an LRT member: a speaker
        "Wat zei de krant over de taakstelling?",  # a question word first
        "Ik lees de verslagen terug. Vertel me wat de VNG vond.",  # "ik lees" without "dat"
        "Welke wethouder beweert dat de opvang vol is?",
        "Klopt het dat de taakstelling 13.500 was?",  # no frame to strip
    ],
)
def test_no_reported_claim_is_read_as_before(question: str) -> None:
    assert claim_frame(question) is None
