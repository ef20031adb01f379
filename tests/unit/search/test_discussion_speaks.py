"""Rule ``discussion_speaks`` (issue 16, task F): a question with a verb of discussing names
who discussed as its speaker, in the passive ("Is X door de VNG besproken?"), the perfect
("Heeft de VNG het over X gehad?"), "Kwam X ter sprake bij de VNG?" and English ("Did IPO
discuss X?"); an organisation that is part of the topic or a place stays none."""

from __future__ import annotations

import pytest

from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules


@pytest.fixture(scope="module")
def table() -> OrgTable:
    return OrgTable.default()


@pytest.mark.parametrize(
    ("question", "on"),
    [
        ("Werd de opvang door het COA besproken?", ("COA",)),
        ("Is de taakstelling door IPO besproken?", ("IPO",)),
        ("Heeft de VNG het over de taakstelling gehad?", ("VNG",)),
        ("Heeft VNG idee besproken?", ("VNG",)),
        ("Kwam de opvang ter sprake bij het COA?", ("COA",)),
        ("Kwam de huisvesting aan de orde bij Aedes?", ("Aedes",)),
        ("Was the reception discussed by the COA?", ("COA",)),
        ("Did IPO discuss the substitution?", ("IPO",)),
        # part of the topic, or a place: no speaker either way
        ("Wat is er besproken over de rol van de provincies?", ()),
        ("Hoe is de taakstelling bij de gemeenten besproken?", ()),
        ("Which meetings discussed the capacity of the COA?", ()),
        ("Wat is er besproken over het arrangement, sociale zaken en onderwijs?", ()),
        ("When was the housing associations discussed?", ()),
    ],
)
def test_who_discussed_is_the_speaker(table: OrgTable, question: str, on: tuple[str, ...]) -> None:
    assert read_question(question, table, rules=SpeakerRules()).speaker == on, question
    off = read_question(question, table, rules=SpeakerRules(discussion_speaks=False))
    assert off.speaker == (), question


def test_gehad_closes_the_topic(table: OrgTable) -> None:
    parsed = read_question("Heeft de VNG het over de spreidingswet gehad?", table)
    assert parsed.topic == "de spreidingswet"
