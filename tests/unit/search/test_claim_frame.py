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


@pytest.mark.parametrize(
    ("question", "read"),
    [
        (
            "COA said statushouders can choose their own gemeente now, is it?",
            "Is it true that COA said statushouders can choose their own gemeente now?",
        ),
        ("De taakstelling is 13.500, klopt dat toch?", "Klopt het dat de taakstelling is 13.500?"),
        (
            "Aedes waarschuwt voor flexwoningen, of niet?",
            "Klopt het dat Aedes waarschuwt voor flexwoningen?",
        ),
        (
            "in july 2022 they promised every status holder a house, why it did not happen?",
            "Why in july 2022 they promised every status holder a house?",
        ),
        ("De VNG wil de wet intrekken, waarom niet?", "Waarom de VNG wil de wet intrekken?"),
        (
            "Een wethouder beweert dat de taakstelling 13.500 is, klopt dat?",
            "Klopt het dat de taakstelling 13.500 is?",
        ),
        (
            "Ik ben statushouder. Gemeenten krijgen een bonus per statushouder, toch?",
            "Klopt het dat gemeenten krijgen een bonus per statushouder?",
        ),
    ],
)
def test_a_claim_before_a_tail_question_is_read_as_its_frame(question: str, read: str) -> None:
    found = claim_frame(question)
    assert found is not None and found.question == read


def test_the_tails_switch_off_with_the_rule() -> None:
    assert claim_frame("De taakstelling is 13.500, klopt dat?", tails=False) is None
    found = claim_frame("Een wethouder beweert dat de taakstelling 13.500 is, klopt dat?", False)
    assert (
        found is not None
        and found.question == "Klopt het dat de taakstelling 13.500 is, klopt dat?"
    )


def test_the_tail_is_noted_as_the_frame() -> None:
    found = claim_frame("De taakstelling is 13.500, klopt dat?")
    assert found is not None and found.frame == ", klopt dat"
    found = claim_frame("Ik ben statushouder. Gemeenten krijgen een bonus, toch?")
    assert found is not None and found.frame == "Ik ben statushouder. ... , toch"


@pytest.mark.parametrize(
    "question",
    [
        "Wat zei de VNG over de taakstelling, klopt dat?",  # a question word first
        "Klopt het dat de taakstelling 13.500 was, of niet?",  # a question verb first
        "Taakstelling, klopt dat?",  # no claim of two words
        "What did COA say right after the meeting?",  # no tail after a comma
        "De VNG sprak over opvang, ook in 2023?",  # no tail of the lists
        "Ging SJenV akkoord met de tekstwijziging, of niet?",  # its verb first: a question
        "Zei de VNG dat de taakstelling te hoog was, toch?",
    ],
)
def test_no_tail_question_is_read_as_before(question: str) -> None:
    assert claim_frame(question) is None
