"""Rule ``speech_forms_read`` (search/speech_forms.py, issue 16 session 25 task F2): a Dutch
separable verb of speech, "of"/"van" after a verb of stance, an English body after a verb of
stance, the owner of a word of speech and the receiver. Readings only, no index (the generated
table is tests/unit/search/test_speaker_roles_table.py, ``[forms]``)."""

from __future__ import annotations

import re

import pytest

from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules
from lrt_search.search.speech_forms import (
    judged_after_of,
    separable_speech,
    speech_form,
    stance_object,
)

_ON = SpeakerRules()
_OFF = SpeakerRules(speech_forms_read=False, object_frames_read=False)  # the rule alone


def _speech_at(text: str, at: int) -> bool:  # a stand-in for the reader's words of speech
    return bool(re.compile(r"(?:take|position|wil)\b").match(text, at))


@pytest.fixture(scope="module")
def orgs() -> OrgTable:
    return OrgTable.default()


def test_separable_speech_by_hand() -> None:
    assert separable_speech("Wat bracht het UWV in over de opvang?")
    assert separable_speech("Hoe sprak het COA zich uit over de opvang?")
    assert separable_speech("Waartoe riep MAenM de medeoverheden in maart 2025 op?")
    assert separable_speech("Waarom riep de CdK op werk te maken van tussenvoorzieningen?")
    assert not separable_speech("Wat bracht de VNG naar Ter Apel?")  # no particle
    assert not separable_speech("Sprak de VNG over ontheemden uit Oekraïne en hun woonruimte?")
    assert not separable_speech("Wat bracht de VNG, en wat ging er in?")  # another clause


def test_judged_after_of_by_hand() -> None:
    assert judged_after_of(["what", "did", "minister", "think", "of"])
    assert judged_after_of(["wat", "is", "er", "gevonden", "van"])
    assert not judged_after_of(["what", "was", "position", "of"])  # a noun: its owner speaks
    assert not judged_after_of(["of"])


def test_stance_object_by_hand() -> None:
    assert stance_object(["how", "did", "state", "secretary", "view"], True)
    assert stance_object(["why", "did", "minister", "support"], True)
    assert not stance_object(["how", "was", "viewed"], True)  # a passive's "be"
    assert not stance_object(["hoe", "steunde"], False)  # English only
    assert not stance_object([], True)


def test_speech_form_by_hand() -> None:
    q = "What was the VNG's take on reception?"
    assert speech_form(q, q.index("'s"), ["what", "was"], _speech_at) == "owner"
    q = "Welke toezegging kreeg de VNG over de opvang?"
    assert speech_form(q, len(q) - 18, ["welke", "toezegging", "kreeg"], _speech_at) == "receiver"
    q = "What promise did the COA get about reception?"
    assert speech_form(q, q.index(" get"), ["what", "promise", "did"], _speech_at) == "receiver"
    q = "Welke informatie wil het IPO ontvangen?"  # after a word of speech: the IPO says
    assert speech_form(q, q.index(" ontvangen"), ["welke", "informatie", "wil"], _speech_at) == ""
    q = "What was the VNG's plan?"
    assert speech_form(q, q.index("'s"), ["what", "was"], _speech_at) == ""


@pytest.mark.parametrize(
    ("question", "on", "off"),
    [
        ("Wat bracht het UWV in over de opvang?", ("UWV",), ()),
        ("Hoe sprak het COA zich uit over de opvang?", ("COA",), ()),
        ("What did the state secretary think of the COA?", ("SJenV",), ("COA",)),
        (
            "What did the state secretary think of the ministry of defence?",
            ("SJenV",),
            ("SJenV", "Defensie"),
        ),
        ("How did the state secretary view Nidos?", ("SJenV",), ("Nidos",)),
        ("Why did the state secretary support the municipalities?", ("SJenV",), None),
        ("What was the COA's take on reception?", ("COA",), ()),
        ("Welke toezegging kreeg de VNG over de opvang?", (), ("VNG",)),
        ("Wat heeft de staatssecretaris de gemeenten toegezegd?", ("SJenV",), ("SJenV", "VNG")),
        ("Wat vroeg de staatssecretaris het COA over de opvang?", ("SJenV",), ("COA",)),
    ],
)
def test_on_and_off(
    orgs: OrgTable, question: str, on: tuple[str, ...], off: tuple[str, ...] | None
) -> None:
    assert set(read_question(question, orgs, rules=_ON).speaker) == set(on)
    if off is not None:
        assert set(read_question(question, orgs, rules=_OFF).speaker) == set(off)


@pytest.mark.parametrize(
    "question",
    [
        "Wat heeft de VNG voorgesteld over de spreidingswet?",
        "Wat heeft VWS toegezegd over de opvang?",
        "What did the IPO push for on roles and responsibilities?",
        "Wat was het pleidooi van de CdK's over instrumenten voor de PRT's?",
        "How has the VNG viewed the housing target?",
    ],
)
def test_the_words_of_speech_read_the_speaker(orgs: OrgTable, question: str) -> None:
    assert read_question(question, orgs, rules=_ON).speaker != ()


def test_tegenover_and_tot_name_no_speaker(orgs: OrgTable) -> None:
    assert read_question("Wat was de houding tegenover de IND?", orgs).speaker == ()
    assert read_question("Wanneer riep de staatssecretaris op tot het COA?", orgs).speaker == (
        "SJenV",
    )
