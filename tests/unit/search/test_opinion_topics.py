"""Issue 16: questions that ask for an opinion ("Wat vond X van Y?", "What was the position of
X on Y?", "How did X view Y?") read Y as their topic, in Dutch and English, so that a statement
by X on something else does not answer them."""

from __future__ import annotations

import pytest

from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import read_question

SHAPES = [
    # Dutch: vinden / denken van, denken over, standpunt / positie / mening van X over / t.a.v. /
    # op Y, aankijken tegen
    ("Wat vond VWS van verandering?", "verandering", ("VWS",)),
    ("Wat vond het COA van de spreidingswet in 2023?", "de spreidingswet", ("COA",)),
    ("Wat dacht de VNG van de spreidingswet?", "de spreidingswet", ("VNG",)),
    ("Wat dacht de VNG over de spreidingswet?", "de spreidingswet", ("VNG",)),
    ("Wat was het standpunt van de VNG over de taakstelling?", "de taakstelling", ("VNG",)),
    (
        "Wat was de positie van het IPO ten aanzien van indeplaatsstelling?",
        "indeplaatsstelling",
        ("IPO",),
    ),
    ("Wat was de mening van het COA op de noodopvang?", "de noodopvang", ("COA",)),
    ("Hoe keek de VNG aan tegen de spreidingswet?", "de spreidingswet", ("VNG",)),
    ("Hoe keek de VNG tegen de spreidingswet aan?", "de spreidingswet", ("VNG",)),
    ("Hoe stond het COA tegenover noodopvang in 2023?", "noodopvang", ("COA",)),
    ("Was de VNG voorstander van de spreidingswet?", "de spreidingswet", ("VNG",)),
    ("Was Aedes for or against the flex homes?", "the flex homes", ("Aedes",)),
    ("Was the VNG in favour of the dispersal act?", "the dispersal act", ("VNG",)),
    # English: think of / about, view, position / stance / opinion / view of X on Y
    ("What did SZW think about the reception?", "the reception", ("SZW",)),
    ("What did SZW think of the reception?", "the reception", ("SZW",)),
    ("How did VWS view the funding?", "the funding", ("VWS",)),
    ("What was the position of SZW on the safety regions?", "the safety regions", ("SZW",)),
    ("What was the VNG's stance on the dispersal act?", "the dispersal act", ("VNG",)),
    ("What was the opinion of COA on emergency shelters?", "emergency shelters", ("COA",)),
    ("What was the view of IPO on substitution?", "substitution", ("IPO",)),
]


@pytest.mark.parametrize(("question", "topic", "speaker"), SHAPES)
def test_the_topic_of_an_opinion_question_is_what_the_opinion_is_about(
    question: str, topic: str, speaker: tuple[str, ...]
) -> None:
    parsed = read_question(question, OrgTable.default())
    assert parsed.topic == topic
    assert parsed.speaker == speaker


@pytest.mark.parametrize(
    "question",
    [
        # the verb opens a yes/no question: what X found is no "van" phrase
        "Vond Aedes één algemeen aanbod van de corporaties nog zinvol?",
        # "view" as a noun, not "how did X view Y"
        "Did the municipalities ask for a long-term view instead of short-term fixes?",
        # "hoe staat het met": how things stand, no opinion of anyone
        "Hoe staat het met de bewaking van de azc's?",
        # a question word after the preposition asks, it names no topic
        "Wat vond de VNG van wat het COA zei?",
    ],
)
def test_no_topic_is_read_where_the_shape_is_not_an_opinion_question(question: str) -> None:
    assert read_question(question, OrgTable.default()).topic == ""


def test_a_name_with_van_before_the_topic_stays_out_of_it() -> None:
    parsed = read_question(
        "Wat vond de burgemeester van Groningen van het aanmeldcentrum?", OrgTable.default()
    )
    assert parsed.topic == "het aanmeldcentrum"
    parsed = read_question(
        "What did the Ministry of Justice think of the plan?", OrgTable.default()
    )
    assert parsed.topic == "the plan"
