"""Rule ``object_not_speaker`` (search/object_verbs.py): a body named as the object of a verb
that is not one of speech, or right after an English verb of asking, is not the speaker; the
verb's subject keeps its reading. Readings only, no index."""

from __future__ import annotations

import pytest

from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.object_verbs import is_object
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules, is_speech_word

_ON = SpeakerRules()
_OFF = SpeakerRules(object_not_speaker=False, object_frames_read=False)  # the rule alone


@pytest.fixture(scope="module")
def orgs() -> OrgTable:
    return OrgTable.default()


def test_is_object_by_hand() -> None:
    speech = is_speech_word
    assert is_object(["did", "minister", "want", "involve"], [], True, speech)
    assert is_object(["who", "wants", "take"], [], True, speech)
    assert is_object(["what", "did", "jenv", "ask"], [], True, speech)
    assert not is_object(["what", "did"], [], True, speech)  # the subject
    assert not is_object(["i", "was", "told"], [], True, speech)  # a passive's verb
    assert not is_object([], [], True, speech)
    clause = ["wil", "staatssecretaris", "vng", "meenemen"]
    assert is_object(["wil", "staatssecretaris"], clause, False, speech)
    assert not is_object(["wil"], clause, False, speech)  # "Wil de VNG ... meenemen": subject
    # no verb that takes an object in the clause: the old reading
    assert not is_object(
        ["wil", "staatssecretaris"], ["wil", "staatssecretaris", "vng"], False, speech
    )
    assert not is_object(["vindt", "dat"], ["vindt", "dat", "gemeenten", "betalen"], False, speech)
    assert is_object(["neem"], ["neem", "vng", "mee"], False, speech)  # an imperative
    assert not is_object(["neemt"], ["neemt", "vng", "mee"], False, speech)  # inversion


@pytest.mark.parametrize(
    ("question", "off"),
    [
        ("Did the state secretary want to involve the VNG in the change of the law?", "VNG"),
        ("who wants to take vng along um in changing the integration law in march", "VNG"),
        ("Wil de staatssecretaris de VNG meenemen in de wetswijziging?", "VNG"),
        ("What did the state secretary say about compensating the municipalities?", None),
        ("What did the minister ask the VNG about the letter?", "VNG"),
        ("Wat zei het kabinet: heeft het Rijk gemeenten gecompenseerd?", "VNG"),
    ],
)
def test_the_object_is_no_speaker(orgs: OrgTable, question: str, off: str | None) -> None:
    assert "VNG" not in read_question(question, orgs, rules=_ON).speaker
    if off:
        assert off in read_question(question, orgs, rules=_OFF).speaker


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("What did the VNG say about involving the provinces?", "VNG"),
        ("Wil de VNG de gemeenten meenemen in de wetswijziging?", "VNG"),
        ("Did IPO want to involve the municipalities, according to the minutes?", "IPO"),
        ("Wat vond de VNG van de compensatie?", "VNG"),
    ],
)
def test_the_subject_keeps_its_reading(orgs: OrgTable, question: str, speaker: str) -> None:
    assert speaker in read_question(question, orgs, rules=_ON).speaker
