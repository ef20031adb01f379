"""Rule ``addressee_not_speaker`` (search/object_verbs.py ``is_addressed``): a body asked of,
promised to or asked in the passive is not the speaker; the agent ("door", "by"), the source
("hear from") and a noun's owner ("the request of IPO") keep their reading. Readings only, no
index (the generated table is tests/unit/search/test_speaker_roles_table.py)."""

from __future__ import annotations

import pytest

from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.object_verbs import is_addressed
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules

_ON = SpeakerRules()
_OFF = SpeakerRules(addressee_not_speaker=False)


@pytest.fixture(scope="module")
def orgs() -> OrgTable:
    return OrgTable.default()


def test_is_addressed_by_hand() -> None:
    assert is_addressed(["what", "did", "minister", "ask", "of"], ["regarding"], True)
    assert is_addressed(["what", "was", "asked", "of"], [], True)
    assert is_addressed(["what", "did", "vng", "want", "from"], [], True)
    assert not is_addressed(["what", "was", "request", "of"], [], True)  # a noun: its owner
    assert not is_addressed(["what", "did", "minister", "hear", "from"], [], True)  # the source
    assert is_addressed(["what", "did", "minister", "promise"], ["about"], True)
    assert is_addressed(["what", "was"], ["asked", "to", "do"], True)
    assert not is_addressed(["what", "was"], ["position", "when", "asked"], True)  # not adjacent
    assert is_addressed([], ["were", "urged", "to", "act"], True)
    assert is_addressed(["wat", "werd"], ["over", "opvang", "gevraagd"], False)
    assert is_addressed(["wat", "is"], ["verzocht"], False)
    assert is_addressed([], ["werd", "gevraagd"], False)
    assert not is_addressed(["wat", "heeft"], ["gevraagd"], False)  # active: the subject
    assert not is_addressed(["wat", "is", "door"], ["gevraagd"], False)  # the agent
    assert not is_addressed(["wat", "werd"], ["gezegd"], False)  # no participle of asking
    # the one acted on in a passive of a verb of object_verbs
    assert is_addressed(["were"], ["already", "being", "phoned", "before"], True)
    assert is_addressed(["werden"], ["al", "gebeld"], False)
    assert not is_addressed(["is"], ["mening", "dat", "gemeenten", "betalen"], False)
    assert not is_addressed(["what", "was"], ["'s", "position"], True)


@pytest.mark.parametrize(
    ("question", "on", "off"),
    [
        ("What did the minister ask of the COA regarding reception?", (), ("COA",)),
        ("Wat werd de VNG gevraagd over de opvang?", (), ("VNG",)),
        ("What was the COA asked to do about reception?", (), ("COA",)),
        ("What was asked of IPO about the letter?", (), ("IPO",)),
        ("What did the state secretary promise the municipalities?", ("SJenV",), ("SJenV", "VNG")),
        ("What did the VNG want from the state secretary?", ("VNG",), ("VNG",)),
        ("Wat is door de VNG gevraagd over de opvang?", ("VNG",), ("VNG",)),
        ("What was the request of IPO about the text?", ("IPO",), ("IPO",)),
    ],
)
def test_the_addressee_is_no_speaker(
    orgs: OrgTable, question: str, on: tuple[str, ...], off: tuple[str, ...]
) -> None:
    assert set(read_question(question, orgs, rules=_ON).speaker) == set(on)
    assert set(read_question(question, orgs, rules=_OFF).speaker) == set(off)
