"""The speaker rules of issue 16's round A2 (each a setting): a name after "wie"/"who" and a
verb is its object, an English organisation before a noun modifies it, two groups named only
generically set no speaker filter, a person is the speaker only where a speaker stands."""

from __future__ import annotations

import pytest

from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules
from lrt_search.search.speaker_people import name_start, person_speaks

ON = SpeakerRules()


@pytest.fixture(scope="module")
def table() -> OrgTable:
    return OrgTable.default()


@pytest.mark.parametrize(
    ("question", "on", "off"),
    [
        # speaker_object_of_who
        ("Wie verving de VNG in de vergadering?", (), ("VNG",)),
        ("Who replaced the COA representative, said the minutes?", (), ("COA",)),
        ("Who did the VNG criticise?", ("VNG",), ("VNG",)),
        ("Who represented Aedes at the meeting of 3 November 2023?", ("Aedes",), ("Aedes",)),
        ("Wie zei namens de VNG iets over de opvang?", ("VNG",), ("VNG",)),
        # speaker_modifier
        ("How many places did the COA capacity decision call for?", (), ("COA",)),
        ("What did the IPO delegation say about IBT?", ("IPO",), ("IPO",)),
        ("Did the interior minister want a bigger share of homes?", ("MBZK",), ("MBZK",)),
        ("What did State Secretary Van der Burg say about it?", ("SJenV",), ("SJenV",)),
        ("What was the VNG position on the Spreidingswet?", ("VNG",), ("VNG",)),
        ("Who attended on behalf of IPO at the meeting of 8 July 2022?", ("IPO",), ("IPO",)),
        # speaker_group_widens
        ("Twijfelden gemeenten en provincies aan de Spreidingswet?", (), ("VNG", "IPO")),
        ("What did the municipalities and the provinces say about housing?", (), ("VNG", "IPO")),
        ("Wat gebeurt er volgens de gemeenten met de opgave?", ("VNG",), ("VNG",)),
        ("What did the municipalities say about housing?", ("VNG",), ("VNG",)),
        ("Wat gebeurt er volgens de koepel van gemeenten met de opgave?", ("VNG",), ("VNG",)),
        ("Wat vonden de VNG en de provincies van de taakstelling?", ("VNG",), ("VNG",)),
    ],
)
def test_each_rule_on_and_off(
    table: OrgTable, question: str, on: tuple[str, ...], off: tuple[str, ...]
) -> None:
    assert read_question(question, table, rules=ON).speaker == on, question
    rules = SpeakerRules(
        speaker_object_of_who=False, speaker_modifier=False, speaker_group_widens=False
    )
    assert read_question(question, table, rules=rules).speaker == off, question


def test_a_name_is_read_with_its_form_of_address() -> None:
    q = "Wie verving meneer Van Rijn in juli 2022?"
    assert q[name_start(q, q.index("Rijn")) :].startswith("meneer")
    q = "Wat zei Dhr. de Vries over de opvang?"
    assert q[name_start(q, q.index("Vries")) :].startswith("Dhr.")


@pytest.mark.parametrize(
    ("question", "speaks"),
    [
        ("Wie verving meneer Van Rijn in juli 2022?", False),
        ("Wat zei meneer Van Rijn over de flexwoningen?", True),
        ("Wat zei de VNG over meneer Van Rijn?", False),
        ("What did Mr Van Rijn say about flexible housing?", True),
    ],
)
def test_person_speaks_only_where_a_speaker_stands(question: str, speaks: bool) -> None:
    at = question.index("Rijn")
    assert person_speaks(question, at, at + 4, ON) is speaks
    assert person_speaks(question, at, at + 4, SpeakerRules(person_speaker_position=False))
