"""Rule ``comparison_word_not_topic``: a word of "both" (comparison_both.toml: "both", "zowel")
next to the topic is no topic word. "Were X mentioned both in 2022 and in 2025?" read "both" as
what was mentioned (the object of the verb of mentioning), "Werd X zowel in ... als in ...
genoemd?" read "X zowel"; on, both read X, as the question with one period does. A "both"
before a topic of its own ("both the target and the act") is left as it was."""

from __future__ import annotations

import pytest

from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import read_question
from lrt_search.search.phrases import topic_of
from lrt_search.search.query import SpeakerRules

SHAPES = [
    ("Were the round tables mentioned both in 2022 and in 2025?", "the round tables", "both"),
    ("Was the harbour raised both in April 2023 and in March 2025?", "the harbour", "both"),
    ("Who raised the ferry both in 2023 and in 2025?", "the ferry", "the ferry both"),
    ("Werd de veerboot zowel in 2022 als in 2025 genoemd?", "de veerboot", "de veerboot zowel"),
    (
        "Kwam de haven zowel in april 2023 als in maart 2025 ter sprake?",
        "de haven",
        "de haven zowel",
    ),
]


@pytest.mark.parametrize(("question", "on", "off"), SHAPES)
def test_a_word_of_both_next_to_the_topic_is_no_topic_word(
    question: str, on: str, off: str
) -> None:
    assert topic_of(question) == on
    assert topic_of(question, both=False) == off


@pytest.mark.parametrize(("question", "_", "off"), SHAPES)
def test_the_parsed_question_follows_the_setting(question: str, _: str, off: str) -> None:
    rules = SpeakerRules(comparison_word_not_topic=False)
    assert read_question(question, OrgTable.default(), rules=rules).topic == off


def test_the_side_reads_as_the_question_with_one_period() -> None:
    both = "Were the round tables mentioned both in 2022 and in 2025?"
    assert topic_of(both) == topic_of("Were the round tables mentioned in 2022?")


def test_a_both_that_opens_a_topic_of_its_own_stays() -> None:
    question = "Who mentioned both the ferry and the harbour?"
    assert topic_of(question) == topic_of(question, both=False) == "both the ferry and the harbour"
