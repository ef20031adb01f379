"""Rule ``plural_speakers_read`` by hand (no index): plural body nouns, alone or coordinated, as
the subject of a speech verb are the speaker; as its object, in a passive or before a non-speech
verb they stay what rule ``speaker_group_widens`` makes them."""

from __future__ import annotations

import pytest

from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules

OFF = SpeakerRules(plural_speakers_read=False)


@pytest.fixture(scope="module")
def table() -> OrgTable:
    return OrgTable.default()


@pytest.mark.parametrize(
    ("question", "on", "off"),
    [
        (
            "Hebben de gemeenten en provincies nou eindelijk gevraagd om een plan voor de lange "
            "termijn?",
            ("VNG", "IPO"),
            (),
        ),
        ("Wat zeiden de gemeenten en de woningcorporaties over flexwoningen?",
         ("VNG", "Aedes"), ()),
        ("Did the municipalities and provinces actually ask for a long-term plan?",
         ("VNG", "IPO"), ()),
        ("What do the provinces want when a ministry calls their municipalities?", ("IPO",), ()),
        # object, passive, no speech verb: unchanged
        ("Is er aan gemeenten en provincies gevraagd om een plan?", (), ()),
        ("What were the municipalities and provinces asked to share?", (), ()),
        ("Twijfelden gemeenten en provincies aan de Spreidingswet?", (), ()),
        ("Why are provinces and municipalities hesitant, according to the interior minister?",
         ("MBZK",), ("MBZK",)),
    ],
)  # fmt: skip
def test_on_and_off(table: OrgTable, question: str, on: tuple, off: tuple) -> None:
    assert read_question(question, table).speaker == on
    assert read_question(question, table, rules=OFF).speaker == off
