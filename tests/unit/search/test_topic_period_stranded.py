"""Rule ``topic_period_stranded`` (search/stranded_period.py, issue 16 session 26 task F2): a
stranded "about" / "over" before a period or meeting phrase opens no topic ("What did X warn
about in July 2022?"); a topic that goes on after its period keeps its words. No index."""

from __future__ import annotations

import pytest

from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules
from lrt_search.search.stranded_period import stranded_period, without_stranded_period

STRANDED = [
    "in July 2022",
    "in april 2023",
    "on 19 March 2025",
    "at the meeting of 3 November 2023",
    "during the LRT of March 2025",
    "tijdens de vergadering van 8 juli 2022",
    "since 2024",
    "in maart 2025, and how urgently did it want to talk about it",
]
TOPICS = [
    "de taakstelling",
    "in gemeenten",
    "the plan in 2023",
    "on the target",
    "op de taakstelling",
    "in 2023 gestarte pilots",
    "on 3 November 2023 after the call to keep looking at the overall picture",
    "op 8 juli 2022 in Ter Apel",
]


@pytest.mark.parametrize("topic", STRANDED)
def test_a_period_alone_is_a_stranded_about(topic: str) -> None:
    assert stranded_period(topic)
    assert without_stranded_period(topic) == ""
    assert without_stranded_period(topic, on=False) == topic


@pytest.mark.parametrize("topic", TOPICS)
def test_a_topic_keeps_its_words(topic: str) -> None:
    assert not stranded_period(topic)
    assert without_stranded_period(topic) == topic


@pytest.mark.parametrize(
    ("question", "off"),
    [
        ("What did the housing associations warn about in July 2022?", "in July 2022"),
        ("Waar maakte de VNG zich zorgen over in april 2023?", "in april 2023"),
        ("What did the VNG express concern about on 19 March 2025?", "on 19 March 2025"),
    ],
)
def test_the_question_reads_no_topic(question: str, off: str) -> None:
    orgs = OrgTable.default()
    assert read_question(question, orgs).topic == ""
    rules = SpeakerRules(topic_period_stranded=False)
    assert read_question(question, orgs, rules=rules).topic == off


def test_a_topic_before_the_period_stays() -> None:
    question = "Wat zei de VNG over de taakstelling in april 2023?"
    assert read_question(question, OrgTable.default()).topic == "de taakstelling"
