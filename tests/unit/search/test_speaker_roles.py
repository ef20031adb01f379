"""A group named in a question speaks only in the speaker's role: the subject of a word of
speech, the source after "volgens"/"according to". As what the question counts or asks for
("hoeveel gemeenten", "which provinces") or as the subject of a verb that is not speech ("wat
moeten gemeenten doen") it is part of the question, not a speaker filter."""

from __future__ import annotations

import pytest

from lrt_search.lexicon.intents import asks
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules

ROLES = [
    # counted or asked for: not the speaker
    ("Om hoeveel gemeenten gaat het volgens het verslag van 19 maart 2025?", ()),
    ("How many municipalities were mentioned at the meeting of 19 March 2025?", ()),
    ("Welke provincies zeiden iets over IBT?", ()),
    ("Which municipalities said they had no room?", ()),
    # the subject of a verb that is not speech, the speaker elsewhere
    ("Wat moeten gemeenten doen volgens de staatssecretaris?", ("SJenV",)),
    ("What must the provinces do according to the state secretary?", ("SJenV",)),
    # the subject of a word of speech, the source after "volgens": the speaker
    ("What should the provinces say about IBT?", ("IPO",)),
    ("Wat moeten de provincies volgens de VNG zeggen?", ("VNG",)),
    ("Vonden de gemeenten dat de brief te laat kwam?", ("VNG",)),
    ("Wat gebeurt er volgens de gemeenten met de opgave?", ("VNG",)),
    ("How many places did the provinces say were needed?", ("IPO",)),
]


@pytest.mark.parametrize(("question", "speaker"), ROLES)
def test_a_group_speaks_only_in_the_speakers_role(question: str, speaker: tuple) -> None:
    # the position alone: rule speaker_group_widens would drop the generic groups
    rules = SpeakerRules(speaker_group_widens=False)
    assert read_question(question, OrgTable.default(), rules=rules).speaker == speaker, question


@pytest.mark.parametrize(
    ("question", "quantity"),
    [
        ("Hoeveel gemeenten hebben interesse in een DSL?", True),
        ("How many status holders must be housed?", True),
        # "hoeveel" after a preposition is part of the topic's noun phrase
        ("Vonden de gemeenten dat het bericht over hoeveel erkende vluchtelingen zij moeten "
         "huisvesten veel te laat kwam?", False),
        ("Was there news about how many places were needed?", False),
        # one that opens the question asks
        ("Over hoeveel mensen ging het in de LRT van 3 november 2023?", True),
    ],
)  # fmt: skip
def test_a_quantity_inside_the_topic_is_not_asked(question: str, quantity: bool) -> None:
    assert asks("quantity", question) is quantity
    assert read_question(question, OrgTable.default()).asks("quantity") is quantity


def test_a_day_names_a_meeting_never_the_time_of_a_topic() -> None:
    def no_meeting(since: object, until: object) -> bool:
        return False

    day = read_question(
        "Wat kwam er op 8 mei 2023 aan de orde over capaciteitsbesluit?",
        OrgTable.default(),
        has_meeting=no_meeting,
    )
    assert day.period_scope == "meeting" and not day.period_terms
    half = read_question(
        "How many status holders must be housed in the second half of 2025?",
        OrgTable.default(),
        has_meeting=no_meeting,
    )
    assert half.period_scope == "topic" and half.period_terms == frozenset({"2025-ii"})
