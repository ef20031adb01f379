"""Rule ``topic_after_perfect``: a Dutch perfect question with a verb of mentioning ("Heeft de
VNG de taakstelling genoemd?") reads its object as the topic, past the subject; never a
pronoun, a place or a date; off, such questions have no topic."""

from __future__ import annotations

import pytest

from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules

SHAPES = [
    ("Heeft de VNG de taakstelling genoemd?", "de taakstelling"),
    ("Heeft iemand de huisvesting aangekaart?", "de huisvesting"),
    ("Heeft VNG de Spreidingswet besproken?", "de Spreidingswet"),
    ("Heeft het Rode Kruis de zorg aangekaart?", "de zorg"),
    ("Heeft de minister van Justitie de brief genoemd in de LRT van maart?", "de brief"),
    ("Hebben de gemeenten de noodopvang ter sprake gebracht?", "de noodopvang"),
]


@pytest.mark.parametrize(("question", "topic"), SHAPES)
def test_the_object_of_a_perfect_is_the_topic(question: str, topic: str) -> None:
    assert read_question(question, OrgTable.default()).topic == topic


@pytest.mark.parametrize(
    "question",
    [
        "Heeft de VNG het genoemd?",  # a pronoun
        "Heeft de VNG iets genoemd?",
        "Heeft de VNG in 2023 de taakstelling genoemd?",  # a date first: not read
        "Heeft de VNG gereageerd?",  # no verb of mentioning
    ],
)
def test_a_pronoun_or_a_date_is_no_topic(question: str) -> None:
    assert read_question(question, OrgTable.default()).topic == ""


def test_off_a_perfect_reads_no_topic() -> None:
    rules = SpeakerRules(topic_after_perfect=False)
    question = "Heeft de VNG de taakstelling genoemd?"
    assert read_question(question, OrgTable.default(), rules=rules).topic == ""
    said = "Heeft de VNG iets over de taakstelling gezegd?"  # an "over" phrase either way
    assert read_question(said, OrgTable.default(), rules=rules).topic == "de taakstelling"
