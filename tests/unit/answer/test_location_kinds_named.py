"""Rule ``location_kinds_named`` (answer/asked_class.py): a location noun after a "which" word
("Welke alternatieve locaties ...", "What kind of locations ...") is the class "location", of
which a kind of location ("hotels en vakantieparken") names a member, unless the question
writes that kind itself. Inputs built by hand; no index."""

from __future__ import annotations

import pytest

from lrt_search.answer.asked_class import asked_member, names_kind, names_member
from lrt_search.lexicon.organisations import OrgTable

ORGS = OrgTable.default()


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("Welke alternatieve locaties worden volgens MBZK geïnventariseerd?", "locaties"),
        ("What kind of locations did Aedes name?", "locations"),
        ("Op welke locatie was de situatie kritiek?", "locatie"),
    ],
)
def test_a_location_noun_is_the_class_location(question: str, noun: str) -> None:
    assert asked_member(question, kinds=True) == ("location", noun)
    assert asked_member(question) == ("place", noun)  # rule off


def test_other_place_nouns_stay_places() -> None:
    assert asked_member("Welke gemeenten haalden hun taakstelling niet?", kinds=True) == (
        "place",
        "gemeenten",
    )


@pytest.mark.parametrize(
    "text",
    [
        "MBZK geeft aan dat er geïnventariseerd wordt welke locaties zoals hotels in beeld zijn.",
        "DSL's en opstartwoningen worden niet snel genoeg gerealiseerd.",
        "Lijsten per provincie maken van recreatieterreinen en beschikbaar rijksvastgoed.",
        "In de andere gemeente flexwoningen.",
    ],
)
def test_a_kind_of_location_names_a_member(text: str) -> None:
    assert names_kind(text)
    assert names_member("location", text, ORGS)
    assert not names_member("place", text, ORGS)


def test_no_kind_and_no_place_names_none() -> None:
    text = "Er is veel tegenstand in de samenleving tegen opvanglocaties."
    assert not names_kind(text)
    assert not names_member("location", text, ORGS)


def test_a_place_still_names_a_location() -> None:
    assert names_member("location", "Defensie wil de locatie Budel gebruiken.", ORGS)


def test_the_questions_own_kind_is_no_answer() -> None:
    question = "Welke soorten locaties worden als doorstroomlocatie ingezet?"
    text = "De angst leeft dat een doorstroomlocatie ook snel volloopt."
    assert not names_kind(text, [question])
    assert names_kind(text)
    assert names_kind(text + " Zij zitten in hotels.", [question])


def test_a_kind_is_a_whole_word() -> None:
    assert not names_kind("De schipper vaart.")  # "schip" is no part of a longer word
    assert names_kind("Er ligt een schip klaar.")
