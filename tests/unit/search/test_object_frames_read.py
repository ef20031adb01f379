"""Rule ``object_frames_read`` (search/object_frames.py, issue 16 session 26 task C): the body
acted on is not the speaker. Readings only, no index (the generated table is
tests/unit/search/test_speaker_roles_table.py, ``[[object_frame]]`` and ``[[request_frame]]``)."""

from __future__ import annotations

import pytest

from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.object_frames import frame_speech, judged_object
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules
from lrt_search.search.speaker_people import name_start, person_speaks

_ON = SpeakerRules()
_OFF = SpeakerRules(object_frames_read=False)


@pytest.fixture(scope="module")
def orgs() -> OrgTable:
    return OrgTable.default()


def _judged(question: str, body: str) -> bool:
    """Rule object_frames_read on the English ``question``'s ``body``."""
    at = question.index(body)
    return judged_object(question, 0, at, at + len(body))


def test_english_verb_of_judging_before_the_body() -> None:
    assert _judged("How did the minister judge the housing corporations' offer?", "housing")
    assert _judged("Did the minister agree with the plan the VNG made?", "VNG")
    assert _judged("How did the minister respond to the letter from the IPO?", "IPO")
    assert not _judged("How was the offer judged by the VNG?", "VNG")  # the passive's agent
    assert not _judged("What was the view of the VNG on the plan?", "VNG")  # a noun
    assert not _judged("What was the minister's view of the VNG's plan?", "VNG")  # a noun
    assert not _judged("What did the VNG say about the plan?", "VNG")


def test_dutch_phrase_of_a_judged_thing() -> None:
    q = "Hoe reageerde de minister op het verzoek van de VNG?"
    assert judged_object(q, 0, q.index("VNG"), q.index("VNG") + 3)
    q = "Wil de minister het aanbod van de VNG meenemen?"
    assert judged_object(q, 0, q.index("VNG"), q.index("VNG") + 3)
    q = "Was de minister het eens met de VNG?"
    assert judged_object(q, 0, q.index("VNG"), q.index("VNG") + 3)
    q = "Hoe reageerde de voorzitter van de VNG op het plan?"  # the chair of: the VNG's own
    assert not judged_object(q, 0, q.index("VNG"), q.index("VNG") + 3)
    q = "Hoe reageerde de VNG op het plan?"  # the subject
    assert not judged_object(q, 0, q.index("VNG"), q.index("VNG") + 3)
    q = "Wat was het voorstel van de VNG over de opvang?"  # no verb of judging
    assert not judged_object(q, 0, q.index("VNG"), q.index("VNG") + 3)


def test_frame_speech() -> None:
    assert frame_speech("Ging de minister in op het verzoek?")
    assert frame_speech("Will the minister take the letter along?")
    assert frame_speech("Was de minister het eens met het plan?")
    assert frame_speech("What was the COA told about reception?")
    assert not frame_speech("Wanneer gaat het azc in Budel open?")  # "in" opens no "op"
    assert not frame_speech("Gaan ze gemeenten bellen om meer plekken te regelen?")
    assert not frame_speech("Which steps did the minister take?")


@pytest.mark.parametrize(
    ("question", "on", "off"),
    [
        ("How did the interior minister judge Aedes's earlier offer?", {"MBZK"}, {"Aedes"}),
        ("Hoe reageerde de staatssecretaris op het verzoek van het IPO?", {"SJenV"}, {"IPO"}),
        ("Will the housing minister take the letter from Aedes along?", {"MVRO"}, set()),
        ("Ging de staatssecretaris in op het aanbod van de VNG?", {"SJenV"}, set()),
        (
            "Did SJenV agree to the change of text that the IPO asked for?",
            {"SJenV"},
            {"SJenV", "IPO"},
        ),
        ("Ging de VNG akkoord met het voorstel van het COA?", {"VNG"}, {"VNG", "COA"}),
        ("What did the VNG say about the plan?", {"VNG"}, {"VNG"}),
        ("Wat zei de VNG over het aanbod van Aedes?", {"VNG"}, {"VNG"}),
    ],
)
def test_on_and_off(orgs: OrgTable, question: str, on: set[str], off: set[str]) -> None:
    assert set(read_question(question, orgs, rules=_ON).speaker) == on
    assert set(read_question(question, orgs, rules=_OFF).speaker) == off


def test_a_title_before_a_person_is_part_of_the_name() -> None:
    q = "Wat vroeg minister De Jonge het ministerie van BZK te doen?"
    assert name_start(q, q.index("Jonge"), titles=True) == q.index("minister")
    assert name_start(q, q.index("Jonge")) == q.index("De")
    at = q.index("Jonge")
    assert person_speaks(q, at, at + 5, _ON)
    q = "Wie verving minister De Jonge in juli 2022?"  # the one replaced, not who spoke
    at = q.index("Jonge")
    assert not person_speaks(q, at, at + 5, _ON)
    assert person_speaks(q, at, at + 5, _OFF)
