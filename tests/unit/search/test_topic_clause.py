"""Rule ``topic_clause`` (issue 16, session 24 task F3): the "about X" topic phrase ends at its
clause. A long question runs on past its topic ("Heeft de VNG ingestemd met het versturen van de
brief over dwangmiddelen voor gemeenten, of zat daar nog een voorwaarde aan?"); the words after
a comma, dash or semicolon and a conjunction, or after a bare "en"/"and" and a question word, are
no topic words. The generated table tests/data/topic_clauses.toml holds topic phrases of the
minutes' nouns x question frames x continuations that do not belong (``row``), and topics that
keep their own list of nouns, and the bare frames (``keep``). No index."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import read_question
from lrt_search.search.phrases import topic_of
from lrt_search.search.query import SpeakerRules

TABLE = tomllib.loads(
    (Path(__file__).parents[2] / "data" / "topic_clauses.toml").read_text(encoding="utf-8")
)
ROWS = [(r["question"], r["topic"]) for r in TABLE["row"]]
KEEP = [(r["question"], r["topic"]) for r in TABLE["keep"]]


@pytest.mark.parametrize(("question", "topic"), ROWS)
def test_the_topic_ends_at_its_clause(question: str, topic: str) -> None:
    assert topic_of(question) == topic


@pytest.mark.parametrize(("question", "topic"), KEEP)
def test_a_topic_keeps_its_own_list_and_frame(question: str, topic: str) -> None:
    assert topic_of(question) == topic


def test_the_parsed_question_reads_the_cut_topic() -> None:
    question = (
        "Wat zei de VNG over dwangmiddelen voor gemeenten, of zat daar nog een voorwaarde aan?"
    )
    assert read_question(question, OrgTable.default()).topic == "dwangmiddelen voor gemeenten"


def test_off_the_topic_runs_on_past_its_clause() -> None:
    question = "What did the VNG say about the housing target, because we need to know?"
    assert topic_of(question, clause=False) == "the housing target, because we need to know"
    off = read_question(question, OrgTable.default(), rules=SpeakerRules(topic_clause=False))
    assert off.topic == "the housing target, because we need to know"
