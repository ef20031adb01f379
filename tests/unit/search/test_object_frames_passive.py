"""Rule ``object_frames_read``, its passive frames (search/object_frames.py, issue 16 session 26
task C3): the body owning the subject of a passive of judging, receiving or supporting, the
owner of what "who" is asked to have done, and the body of a "dat" clause judged through
"ervan"/"erop" are not the speaker. Readings only, no index (the generated rows are
tests/data/speaker_roles.toml, read by tests/unit/search/test_speaker_roles_table.py)."""

from __future__ import annotations

import pytest

from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.object_frames import (
    asked_owner,
    frame_speech,
    judged_object,
    passive_owner,
    received_passive,
)
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules


@pytest.fixture(scope="module")
def orgs() -> OrgTable:
    return OrgTable.default()


def _judged(question: str, body: str) -> bool:
    at = question.index(body)
    return judged_object(question, 0, at, at + len(body))


def test_the_owner_of_a_passive_subject_is_judged() -> None:
    assert _judged("How was the VNG's earlier offer judged by the interior minister?", "VNG")
    assert _judged("How was the letter from IPO received?", "IPO")
    assert _judged("How was the plan the COA made viewed by the minister?", "COA")
    assert _judged("Hoe werd het aanbod van de VNG door de staatssecretaris ontvangen?", "VNG")
    assert _judged("Werd het verzoek van het IPO door de minister gesteund?", "IPO")


def test_not_a_passive_of_judging_owned_by_the_body() -> None:
    # the participle of another clause, an agent, a copula, money received
    assert not _judged("What was the VNG's view on the plan that was rejected?", "VNG")
    assert not _judged("How was the offer judged by the VNG?", "VNG")
    assert not _judged("Was the VNG positive about the plan the minister accepted?", "VNG")
    assert not _judged("Hoeveel geld werd door de VNG ontvangen?", "VNG")
    assert not _judged("Wat was de reactie van de VNG op het voorstel dat werd afgewezen?", "VNG")


def test_passive_owner_by_hand() -> None:
    after = ["'s", "proposal", "supported", "by", "minister"]
    assert passive_owner(["was"], after, True)
    assert not passive_owner(["what", "did"], after, True)  # no passive auxiliary
    assert passive_owner(["hoe", "werd", "aanbod", "van"], ["ontvangen"], False)
    assert not passive_owner(["wat", "werd", "aanbod", "van"], ["ontvangen"], False)


def test_who_asks_the_one_who_did_it_to_the_owners_thing() -> None:
    assert _judged("Who suggested the VNG's proposal?", "VNG")
    assert _judged("Wie stelde voor het aanbod van het COA te agenderen?", "COA")
    assert asked_owner(["who", "suggested", "plan"], ["made"], True, True)
    assert not _judged("Who represented the VNG at the meeting?", "VNG")
    assert not _judged("Who from the VNG suggested the plan?", "VNG")
    assert not _judged("Who did the VNG's chair ask?", "VNG")
    assert not _judged("Wie van de VNG stelde dat voor?", "VNG")


def test_a_dat_clause_judged_through_a_pronominal_adverb() -> None:
    assert _judged("Wat vond de minister ervan dat de VNG een aanbod deed?", "VNG")
    assert _judged("Hoe reageerde de minister erop dat de VNG wilde uitbreiden?", "VNG")
    assert not _judged("Zei de minister dat de VNG een aanbod deed?", "VNG")


def test_a_passive_of_receiving_after_how_is_speech() -> None:
    assert frame_speech("Hoe werd het aanbod van de VNG ontvangen?")
    assert frame_speech("How was IPO's request received by the minister?")
    assert not frame_speech("Wat werd door gemeenten ontvangen?")
    assert received_passive(["hoe", "is", "voorstel", "ontvangen"])
    assert not received_passive(["hoe", "voorstel", "ontvangen"])  # no auxiliary


def test_the_reader_on_and_off(orgs: OrgTable) -> None:
    glossary = Glossary.default()
    on, off = SpeakerRules(), SpeakerRules(object_frames_read=False)
    q = "How was the VNG's earlier offer judged by the interior minister?"
    assert read_question(q, orgs, glossary, rules=on).speaker == ("MBZK",)
    assert "VNG" in read_question(q, orgs, glossary, rules=off).speaker
    q = "Hoe werd het aanbod van de VNG door de staatssecretaris ontvangen?"
    assert read_question(q, orgs, glossary, rules=on).speaker == ("SJenV",)
    assert read_question(q, orgs, glossary, rules=off).speaker == ()
    q = "Who suggested putting the reception agency's offer on the agenda?"
    assert read_question(q, orgs, glossary, rules=on).speaker == ()
    assert read_question(q, orgs, glossary, rules=off).speaker == ("COA",)
