"""Rule ``actor_not_speaker`` (search/actor_verbs.py): a group noun after a modal is who must,
can or may act, not the speaker; after a past or future modal an organisation speaks only
before a word of speech. Readings only, no index."""

from __future__ import annotations

import pytest

from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.actor_verbs import acts
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules

_ON = SpeakerRules()
# speech_forms_read off too: its receiving verbs read "the provinces get" as the receiver alike
_OFF = SpeakerRules(actor_not_speaker=False, speech_forms_read=False)


@pytest.fixture(scope="module")
def orgs() -> OrgTable:
    return OrgTable.default()


def test_acts_by_hand() -> None:
    assert acts("konden", group=True, speech_follows=True) is False
    assert acts("kunnen", group=True, speech_follows=True) is False
    assert acts("would", group=True, speech_follows=False) is False
    assert acts("should", group=True, speech_follows=True) is None  # subject_of_verb_before
    assert acts("moesten", group=False, speech_follows=False) is False
    assert acts("moesten", group=False, speech_follows=True) is True
    # a present modal of a member keeps rule subject_of_verb_before; another word: no rule
    assert acts("kan", group=False, speech_follows=True) is None
    assert acts("zei", group=True, speech_follows=False) is None


@pytest.mark.parametrize(
    "question",
    [
        "Tot wanneer konden gemeenten via de LRT nog reageren op de brieven?",
        "Could municipalities respond to the draft letters, according to the minutes?",
        "Wanneer zouden de gemeenten volgens het verslag de brief krijgen?",
        "When would the provinces get the distribution, according to the minutes?",
        "Wat moesten gemeenten volgens het verslag met het geld doen?",
    ],
)
def test_a_group_after_a_modal_acts(orgs: OrgTable, question: str) -> None:
    assert read_question(question, orgs, rules=_ON).speaker == ()
    assert read_question(question, orgs, rules=_OFF).speaker != ()


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("Wat zeiden de gemeenten over de brieven?", ("VNG",)),  # no modal
        ("Kan de VNG reageren op de brieven?", ("VNG",)),  # a member by its name
        ("What would the VNG say about the letters?", ("VNG",)),  # speech follows
        ("Wat moesten de provincies volgens IPO melden?", ("IPO",)),  # the speaker after volgens
        ("What should the provinces say about IBT?", ("IPO",)),  # obligation before speech
    ],
)
def test_other_readings_keep_their_speaker(
    orgs: OrgTable, question: str, speaker: tuple[str, ...]
) -> None:
    assert read_question(question, orgs, rules=_ON).speaker == speaker


def test_a_member_after_a_past_modal_speaks_only_before_speech(orgs: OrgTable) -> None:
    question = "Wat moest het COA volgens het verslag in 2022 doen?"
    assert read_question(question, orgs, rules=_ON).speaker == ()
    assert read_question(question, orgs, rules=_OFF).speaker == ("COA",)
