"""An organisation is the speaker of a question only where a speaker stands: the subject of the
speech verb, the agent of a passive, the owner of a view. Inside the topic ("about the housing
shortage among municipalities") or as addressee ("say to the provinces") it is not."""

from __future__ import annotations

import pytest

from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import understand
from lrt_search.search.query import SpeakerRules
from lrt_search.search.speaker_position import is_speaker_position

# Where a group stands is read as a member's place would be; rule speaker_group_widens (on by
# default, tested in test_speaker_rules_a2.py) then drops a group named only generically.
POSITION_ONLY = SpeakerRules(speaker_group_widens=False)


@pytest.fixture(scope="module")
def table() -> OrgTable:
    return OrgTable.default()


# (question, the speaker filter it must set): pairs that name the same organisation once in
# the topic and once as the one who speaks.
PAIRS = [
    ("What was said about the housing shortage among municipalities?", ()),
    ("What did the municipalities say about the housing shortage?", ("VNG",)),
    ("Wat is er gezegd over de rol van de provincies?", ()),
    ("Wat zeiden de provincies over hun rol?", ("IPO",)),
    ("What did the LRT say about social affairs?", ()),
    ("What did social affairs say about work for refugees?", ("SZW",)),
    ("What did the provinces say about IBT?", ("IPO",)),
    ("How did the provinces judge IBT?", ("IPO",)),
    ("Wat vond de VNG van de Spreidingswet?", ("VNG",)),
    ("Wat vond men van de inzet van de Veiligheidsregio's?", ()),
    ("What did the state secretary say to the municipalities?", ("SJenV",)),
    ("Wat zei de staatssecretaris tegen de gemeenten?", ("SJenV",)),
    ("What was said by the provinces about IBT?", ("IPO",)),
    ("Wat is er over IBT door de provincies gezegd?", ("IPO",)),
    ("Wat is het standpunt van de VNG over de Spreidingswet?", ("VNG",)),
    ("What is the position of the provinces on IBT?", ("IPO",)),
    ("What were the concerns of municipalities about housing?", ("VNG",)),
    ("About housing, what did the municipalities say?", ("VNG",)),
    ("Wat zei de staatssecretaris over de samenwerking met gemeenten en provincies?", ("SJenV",)),
    ("What did the LRT say about cooperation between the provinces and the municipalities?", ()),
    ("Wat vonden de provincies en de gemeenten van de taakstelling?", ("IPO", "VNG")),
    ("Hoe staat de VNG tegenover de Spreidingswet?", ("VNG",)),
    ("Wat gebeurt er volgens de koepel van gemeenten met de opgave?", ("VNG",)),
    ("Who attended on behalf of IPO at the meeting of 8 July 2022?", ("IPO",)),
    ("Welke zorgen uitten gemeenten over de opvang van asielzoekers?", ("VNG",)),
    ("Wat wil het Veiligheidsberaad (VB) niet wanneer de rol van de veiligheidsregio's afloopt?",
     ("VB",)),
]  # fmt: skip


@pytest.mark.parametrize(("question", "speakers"), PAIRS)
def test_speaker_only_in_speaker_position(
    table: OrgTable, question: str, speakers: tuple[str, ...]
) -> None:
    scope = understand(question, table, None, rules=POSITION_ONLY)
    assert scope.orgs == speakers, question
    assert any(n.startswith("speaker:") for n in scope.notes) == bool(speakers)


def test_position_rule_on_one_mention() -> None:
    q = "Wat is er gezegd over de rol van de provincies?"
    start = q.index("provincies")
    assert not is_speaker_position(q, start, start + len("provincies"))
    q = "Wat zeiden de provincies over de rol van het Rijk?"
    start = q.index("provincies")
    assert is_speaker_position(q, start, start + len("provincies"))


def test_no_speech_no_speaker(table: OrgTable) -> None:
    # A question without a word of speech names no speaker, wherever the organisation stands.
    assert understand("Hoeveel plekken hebben de provincies gerealiseerd?", table, None).orgs == ()
