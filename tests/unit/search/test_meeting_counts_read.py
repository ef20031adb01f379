"""Rule ``meeting_counts_read`` (search/meeting_counts.py; issue 16 session 29 task C): a count of
the meetings asked with a word of speech names no speaker and no name by its count phrase, asks
intent ``frequency``, and a Dutch "sprak" after it is speech. Readings by hand, no index."""

from __future__ import annotations

from functools import cache

import pytest

from lrt_search.lexicon.glossary import Glossary
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.meeting_counts import (
    asks_count,
    count_spans,
    counted_speech,
    is_count_phrase,
    not_count,
)
from lrt_search.search.parsed import ParsedQuestion, read_question
from lrt_search.search.phrases import speaker_phrase
from lrt_search.search.query import SpeakerRules

OFF = SpeakerRules(meeting_counts_read=False)


@cache
def _tables() -> tuple[OrgTable, Glossary]:
    return OrgTable.default(), Glossary.default()


def _read(question: str, rules: SpeakerRules | None = None) -> ParsedQuestion:
    orgs, glossary = _tables()
    return read_question(question, orgs, glossary, rules=rules)


@pytest.mark.parametrize("who", ["many meetings", "many LRT's", "many LRTs", "many sessions",
                                 "many of the five meetings", "many times", "often"])  # fmt: skip
def test_a_count_phrase_is_one(who: str) -> None:
    assert is_count_phrase(who)


@pytest.mark.parametrize("who", ["the VNG", "PRTs", "members", "many municipalities"])
def test_a_speaker_is_no_count_phrase(who: str) -> None:
    assert not is_count_phrase(who)


def test_the_count_is_no_speaker_phrase() -> None:
    question = "how many meetings talked about the Spreidingswet, in april 2023 and 2025?"
    assert speaker_phrase(question) == "many meetings"
    assert not_count(speaker_phrase(question)) == ""
    assert not_count(speaker_phrase(question), on=False) == "many meetings"
    assert _read(question).speaker_phrase == ""
    assert _read(question, OFF).speaker_phrase == "many meetings"


@pytest.mark.parametrize(
    ("question", "who"),
    [
        ("How many times did Aedes speak in the meetings?", "Aedes"),
        ("How often will the PRTs report on the progress of the implementation?", "PRTs"),
        ("How often did the IPO talk about the taakstelling?", "IPO"),
    ],
)
def test_a_speaker_after_the_count_stays(question: str, who: str) -> None:
    assert not_count(speaker_phrase(question)) == who


def test_lrts_of_the_count_are_no_name_and_ask_frequency() -> None:
    question = "In how many LRT's did the VNG raise the spreidingswet?"
    on, off = _read(question), _read(question, OFF)
    assert on.asks("frequency") and not off.asks("frequency")
    assert "LRT's" not in [n for n, _ in on.names] and "LRT's" in [n for n, _ in off.names]
    assert on.speaker == ("VNG",) == off.speaker
    assert [question[a:b] for a, b in count_spans(question)] == ["how many LRT's"]


def test_a_dutch_sprak_after_the_count_names_the_speaker() -> None:
    question = "Hoe vaak sprak het COA over Ter Apel?"
    assert counted_speech(question) == "Hoe vaak meldt het COA over Ter Apel?"
    assert counted_speech("Wat sprak de VNG af over X?") == "Wat sprak de VNG af over X?"
    assert _read(question).speaker == ("COA",)
    assert _read(question, OFF).speaker == ()


@pytest.mark.parametrize(
    "question",
    [
        "How often did the minutes record complaints about documents being sent late?",
        "Hoe vaak worden statushouders vroegtijdig gehuisvest?",
        "How many meetings did the VNG attend?",
        "Hoeveel vergaderingen zijn er gepland in 2024?",
        "Wat zei de VNG in de LRT's over de spreidingswet?",
    ],
)
def test_no_count_of_meetings_with_speech(question: str) -> None:
    assert not asks_count(question)
    assert count_spans(question) == []
