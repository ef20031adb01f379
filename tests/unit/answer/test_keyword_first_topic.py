"""Rule keyword_first_topic (answer.implied_topic, session 25 task D): the first word of a
search-box question is a topic word; a sentence's first word (a verb) is not."""

from __future__ import annotations

import pytest

from lrt_search.answer.implied_topic import absent_first_word, first_word_topic, implied_topic
from lrt_search.answer.topics import TopicCheck
from lrt_search.lexicon.organisations import OrgTable

ORGS = OrgTable.default()


@pytest.mark.parametrize(
    "question",
    [
        "woonboten voor statushouders",
        "motels nareizigers",
        "woonwagens bij tussenvoorzieningen?",
        "Studenten Huisvesting Gemeenten",
        "tolken voorportalen Ter Apel",
        "caravans as alternative locations nov 2023",
    ],
)
def test_search_box_first_word_is_topic(question: str) -> None:
    assert first_word_topic(question)
    first = question.split()[0]
    assert first in implied_topic(question, ORGS, first=True).split()
    assert first not in implied_topic(question, ORGS, first=False).split()


@pytest.mark.parametrize(
    "question",
    [
        "Steunt Aedes de inzet van het Kabinet op kernenergie?",  # a sentence: verb first
        "Krijgen kinderen in de noodopvang psychologische hulp?",
        "klopt het dat de VNG bezwaar had",  # lower case, a verb form (wordclass)
        "doorstroom lokaties statushouders",  # "doorstroom" is a verb form
        "",
    ],
)
def test_sentence_or_verb_first_word_is_not(question: str) -> None:
    assert not first_word_topic(question)


def test_question_word_and_its_verb_stay_out() -> None:
    topic = implied_topic("wie verving de voorzitter bij het agendapunt", ORGS, first=True)
    assert "verving" not in topic.split()


def test_a_misspelt_question_word_is_no_topic() -> None:
    assert not first_word_topic("hoevel statushouders stroomen de komende periode uit")
    assert not first_word_topic("zestig gemeenten intresse doorstroomlocatie")


def _check(lacking: tuple[str, ...], found: tuple[str, ...] = ("statushouders",)) -> TopicCheck:
    def unit(word: str) -> tuple[str, tuple[str, ...], frozenset[str]]:
        return (word, (word,), frozenset({word}))

    found_units = tuple(unit(w) for w in found)
    return TopicCheck(frozenset(found), found_units, tuple(unit(w) for w in lacking), False)


def test_the_absent_first_word_is_named() -> None:
    assert absent_first_word("woonboten voor statushouders", _check(("woonboten",))) == "woonboten"


def test_another_absent_word_or_a_sentence_is_not() -> None:
    assert absent_first_word("statushouders op woonboten", _check(("woonboten",))) == ""
    assert absent_first_word("Woonboten voor statushouders?", _check(("woonboten",))) == ""
    assert absent_first_word("woonboten voor statushouders", _check(())) == ""
