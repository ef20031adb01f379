"""Rule ``main_clause_intent`` (session 25 task G3; lexicon/intents.py ``main_clause``): the
intents of a question are read from its main clause. A relative clause on a meeting, a temporal
clause with its own subject, an "according to / volgens" phrase set off by a comma and the
lead-in of a reported question are blanked (as spaces: spans stay); the same words in the main
clause are read. Inputs by hand, no index."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from lrt_search.answer.durations import asks_duration
from lrt_search.answer.frame import Frame
from lrt_search.answer.property_tied import asks_time
from lrt_search.config import Settings
from lrt_search.lexicon.intents import asks, framing_spans, main_clause
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.bridges import without_framing
from lrt_search.search.parsed import read_question
from lrt_search.search.query import QueryScope, SpeakerRules
from lrt_search.search.unread import content_words


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("How long had X been running, according to the meeting of 10 May 2023?", "meeting_time"),
        ("Volgens de vergadering van 10 mei 2023, hoe lang liep X al?", "meeting_time"),
        ("Wie meldde X in de vergadering waarin het verslag werd geaccordeerd?", "agreed"),
        ("Who raised X at the meeting at which the minutes were approved?", "decided"),
        ("Toen het verslag werd goedgekeurd, wie meldde X?", "agreed"),
        ("Wat zei de VNG over X nadat er besloten was Y?", "agreed"),
        ("Who spoke about X after it was agreed to extend Y?", "agreed"),
        ("Is bekend hoeveel gemeenten meedoen?", "yes_no"),
        ("Do the minutes say what was agreed on X?", "yes_no"),
    ],
)
def test_a_second_clause_gives_no_intent(question: str, intent: str) -> None:
    assert not asks(intent, question)
    assert asks(intent, question, main=False)


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Is bekend hoeveel gemeenten meedoen?", "quantity"),
        ("Is it known why X was postponed?", "why"),
        ("Do the minutes say what was agreed on X?", "agreed"),
        ("What was agreed on X, according to the VNG?", "agreed"),
        ("Wat is er volgens de VNG afgesproken over X?", "agreed"),
        ("In welke vergadering werd er besloten over X?", "agreed"),
        ("At which meeting was it decided to extend X?", "decided"),
        ("How long did the meeting last, according to the minutes?", "meeting_time"),
        ("What happens when the act is adopted?", "consequence"),
    ],
)
def test_the_main_clause_is_read(question: str, intent: str) -> None:
    assert asks(intent, question)


def test_a_time_and_a_length_of_the_main_clause() -> None:
    assert not asks_time("When the report was adopted, who asked about X?")
    assert asks_time("Do the minutes say when X takes effect?")
    assert asks_time("When was X adopted?")
    assert asks_duration("For how long had X been running, according to the meeting of 10 May?")


def test_blanked_in_place() -> None:
    question = "Hoe lang liep X al, volgens de vergadering van 10 mei 2023?"
    main = main_clause(question)
    assert len(main) == len(question) and main.startswith("Hoe lang liep X al")
    assert "vergadering" not in main
    # a framing intent's span is one of the question's own
    assert all(question[a:b].strip() for a, b in framing_spans(question))


def test_nothing_left_keeps_the_question() -> None:
    question = "according to the minutes, "
    assert main_clause(question) == question
    assert main_clause("Is bekend hoeveel X?", False) == "Is bekend hoeveel X?"


_FRONTED = "Toen het verslag werd goedgekeurd, wie meldde X?"
_AFTER = "How long had X been running, according to the meeting of 10 May 2023?"


def _rules(on: bool) -> SpeakerRules:
    return SpeakerRules.of(Settings(main_clause_intent=on))


def test_the_switch_is_obeyed_on_the_search_path() -> None:
    """``search`` reads its question with the settings' rules (Retriever: SpeakerRules.of)."""
    orgs = OrgTable.default()
    on, off = (read_question(_FRONTED, orgs, rules=_rules(b)) for b in (True, False))
    assert "agreed" not in on.intents and "agreed" in off.intents
    # the words a dictionary bridges and the topic words: the framing phrase read anywhere
    assert without_framing(_AFTER) == _AFTER and without_framing(_AFTER, main=False) != _AFTER
    assert [w for w, _, _ in content_words(_AFTER, orgs)] == ["running"]
    assert content_words(_AFTER, orgs, main=False) == []


def _frame(on: bool, question: str) -> Frame:
    retriever: Any = SimpleNamespace(settings=Settings(main_clause_intent=on))
    return Frame(retriever, question, QueryScope(), [], [], (), None, None, False, False, False)


def test_the_switch_is_obeyed_on_the_ask_path() -> None:
    """``ask`` reads its question with the frame's retriever's settings."""
    assert not _frame(True, _FRONTED).asks("agreed")
    assert _frame(False, _FRONTED).asks("agreed")
    question = "When the report was adopted, who asked about X?"
    assert not asks_time(question) and asks_time(question, main=False)
