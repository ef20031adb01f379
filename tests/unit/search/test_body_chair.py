"""Rule ``body_chair`` (search/body_chair.py): "the chair of the VB", "de voorzitter van het
Veiligheidsberaad", "the VB's chair", "de VB-voorzitter" name that body's chair, not who chaired
the meeting; "the chair" alone, "who chaired", "the chair of the meeting" and "de voorzitter van
de LRT" keep the chair intent. Readings only, no index."""

from __future__ import annotations

import pytest

from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.body_chair import body_chairs, masked
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules

_ON = SpeakerRules()
_OFF = SpeakerRules(body_chair=False)


@pytest.fixture(scope="module")
def orgs() -> OrgTable:
    return OrgTable.default()


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Why did the chair of the VB join?", "chair of the VB"),
        (
            "Waarom sloot de voorzitter van het Veiligheidsberaad aan?",
            "voorzitter van het Veiligheidsberaad",
        ),
        ("What did the VB's chair ask?", "VB's chair"),
        ("Welke vraag stelde de VB-voorzitter?", "VB-voorzitter"),
        ("What did the VNG chairman say?", "VNG chairman"),
    ],
)
def test_a_body_chair_is_found(orgs: OrgTable, question: str, words: str) -> None:
    (start, end, mention), *rest = body_chairs(question, orgs)
    assert question[start:end] == words and not rest
    blanked = masked(question, [(start, end, mention)])
    assert len(blanked) == len(question) and words not in blanked and blanked[start:end].isspace()


@pytest.mark.parametrize(
    "question",
    [
        "Who chaired the meeting of 19 March 2025?",
        "Who was the chair of the meeting of 19 March 2025?",
        "Wie was de voorzitter van de LRT van maart 2025?",
        "What did the chair say about the VB?",
        "Wat zei de voorzitter over het VB?",
    ],
)
def test_the_meetings_chair_keeps_the_intent(orgs: OrgTable, question: str) -> None:
    assert not body_chairs(question, orgs)
    assert read_question(question, orgs, rules=_ON) == read_question(question, orgs, rules=_OFF)


def test_a_body_chair_asks_no_chair(orgs: OrgTable) -> None:
    question = "Why did the chair of the VB join the LRT meeting of April 2023?"
    on, off = read_question(question, orgs, rules=_ON), read_question(question, orgs, rules=_OFF)
    assert "chair" in off.intents and off.header
    assert "chair" not in on.intents and not on.header and "why" in on.intents


def test_the_body_of_a_chair_who_speaks_speaks(orgs: OrgTable) -> None:
    question = "What did the chair of the VB say about the role of the safety regions?"
    on, off = read_question(question, orgs, rules=_ON), read_question(question, orgs, rules=_OFF)
    assert on.speaker == ("VB",) and off.speaker == ()
    assert on.topic == "the role of the safety regions"
    dutch = read_question("Wat zei de voorzitter van het VB over de taken?", orgs, rules=_ON)
    assert dutch.speaker == ("VB",) and not dutch.asks("chair")


def test_a_body_chair_is_no_role_speaker(orgs: OrgTable) -> None:
    question = "What did the VB's chair ask about the Temporary Ukraine Act?"
    assert read_question(question, orgs, rules=_OFF).chair == "chair"
    on = read_question(question, orgs, rules=_ON)
    assert on.chair == "" and on.speaker == ("VB",)


def test_a_body_chair_not_speaking_is_no_speaker(orgs: OrgTable) -> None:
    on = read_question("Who fired the chair of the Veiligheidsberaad in 2023?", orgs, rules=_ON)
    assert on.speaker == () and not on.asks("chair")


def test_an_english_body_chair_is_searched_as_voorzitter(orgs: OrgTable) -> None:
    english = read_question("Why did the chair of the VB join?", orgs, rules=_ON)
    assert english.chair_terms == ("voorzitter",)
    assert read_question("Why did the chair of the VB join?", orgs, rules=_OFF).chair_terms == ()
    assert read_question("Waarom sloot de VB-voorzitter aan?", orgs, rules=_ON).chair_terms == ()
    assert read_question("What did the chair say about the VB?", orgs, rules=_ON).chair_terms == ()
