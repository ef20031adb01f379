"""Rule ``topic_after_mention``: a question with no "about X" phrase names its topic as what a
verb of mentioning takes ("Who mentioned X?") or as the subject said to have been mentioned
("When was X discussed?", "Wanneer kwam X ter sprake?"), in Dutch and English; never a clause
or a date; off, such questions have no topic."""

from __future__ import annotations

import pytest

from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules

SHAPES = [
    ("Who mentioned nuclear energy?", "nuclear energy", ()),
    ("Who brought up the capacity decision?", "the capacity decision", ()),
    ("Did the municipalities comment on the dispersal act?", "the dispersal act", ("VNG",)),
    ("Has IPO raised the substitution in 2023?", "the substitution", ("IPO",)),
    ("What was agreed on road pricing?", "road pricing", ()),
    ("When was the legalisation of cannabis discussed?", "the legalisation of cannabis", ()),
    ("At which meeting did the flex homes come up?", "the flex homes", ()),
    ("When was the funding raised by the provinces?", "the funding", ("IPO",)),
    ("Wie bracht de handreiking ter sprake?", "de handreiking", ()),
    ("Wanneer kwam de zorgpremie ter sprake?", "de zorgpremie", ()),
    ("Is de taakstelling door de VNG ter sprake gebracht?", "de taakstelling", ("VNG",)),
    ("Wanneer werd de Spreidingswet besproken?", "de Spreidingswet", ()),
    ("Werd er de noodopvang besproken?", "de noodopvang", ()),
]


@pytest.mark.parametrize(("question", "topic", "speaker"), SHAPES)
def test_what_was_mentioned_is_the_topic(
    question: str, topic: str, speaker: tuple[str, ...]
) -> None:
    parsed = read_question(question, OrgTable.default())
    assert parsed.topic == topic
    assert parsed.speaker == speaker


@pytest.mark.parametrize(
    "question",
    [
        "Who mentioned that the situation in Ter Apel was stable?",  # a claim, not a topic
        "What was agreed on 3 November 2023?",  # a date
        "Is VNG vertegenwoordigd door de wethouder?",  # no verb of mentioning
        "Who was replaced by DGSZI?",
        "How many asylum seekers were mentioned at the meeting of 8 July 2022?",  # counted
        "Hoeveel brieven werden er genoemd in de LRT van 8 juli 2022?",
    ],
)
def test_a_clause_or_a_date_is_no_topic(question: str) -> None:
    assert read_question(question, OrgTable.default()).topic == ""


def test_off_no_topic_is_read_after_a_verb_of_mentioning() -> None:
    rules = SpeakerRules(topic_after_mention=False)
    assert (
        read_question("Who mentioned nuclear energy?", OrgTable.default(), rules=rules).topic == ""
    )
    on = read_question("Who talked about nuclear energy?", OrgTable.default(), rules=rules)
    assert on.topic == "nuclear energy"  # an "about" phrase is read either way
