"""Rule embedded_quantity_read (answer/embedded_quantity.py): a verb-first question whose
quantity word stands in what was known or said asks whether it was, not the quantity. Questions
written by hand."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lrt_search.answer.embedded_quantity import quantity_embedded
from lrt_search.config import Settings
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import ParsedQuestion, read_question
from lrt_search.search.query import SpeakerRules

ON = Settings()
OFF = replace(ON, embedded_quantity_read=False)
TABLE = OrgTable.default()


def _read(question: str) -> ParsedQuestion:
    """The question as ``ask`` reads it: ``quantity_embedded`` is read once, with the rest."""
    return read_question(question, TABLE)


@pytest.mark.parametrize(
    "question",
    [
        "Zei het COA in 2024 hoeveel bedden er leeg staan?",
        "Beseften de provincies hoe groot de opgave was?",
        "Heeft de minister gezegd hoe hoog de kosten worden?",
        "Gaven de gemeenten aan hoeveel woningen zij bouwen?",
        "Werd er gezegd hoeveel mensen wachten?",
        "Did the province explain how many homes were built?",
        "Was it mentioned how long the procedure takes?",
        "Did anyone know how much the shelter costs?",
        "Snapt de staatssecretaris hoe hoog de nood is, wat zei hij?",
    ],
)
def test_a_quantity_in_what_was_known_or_said_is_not_asked(question: str) -> None:
    assert quantity_embedded(ON, _read(question))
    assert not quantity_embedded(OFF, _read(question))


@pytest.mark.parametrize(
    "question",
    [
        "Hoeveel bedden zei het COA dat er leeg staan?",  # the quantity word opens the question
        "How many homes did the province say were built?",
        "Is bekend hoeveel mensen er wachten?",  # a lead about the minutes: reported_lead
        "Do the minutes say how many people waited?",
        "Was the province concerned about how large the backlog was?",  # no verb of saying
        "Heeft de gemeente 200 woningen gebouwd?",  # no quantity word
        "Wat zei het COA over hoeveel bedden er nodig zijn?",  # not verb-first
    ],
)
def test_other_questions_are_read_as_before(question: str) -> None:
    assert not quantity_embedded(ON, _read(question))


def test_a_topic_the_minutes_lack_in_part_keeps_the_quantity() -> None:
    question = "Zei het COA in 2024 hoeveel bedden er op campings staan?"
    assert quantity_embedded(ON, _read(question))
    assert not quantity_embedded(ON, _read(question), missing=0.4)


def test_read_once_with_the_question_whatever_main_clause_intent() -> None:
    """Read in the main clause even with rule main_clause_intent off (as before it was read
    once): the lead about the minutes is blanked; a ParsedQuestion built by hand says it."""
    question = "Is it known how many people waited?"
    off = read_question(question, TABLE, rules=SpeakerRules(main_clause_intent=False))
    assert not off.quantity_embedded
    assert quantity_embedded(ON, ParsedQuestion("x", quantity_embedded=True))
    assert not quantity_embedded(ON, ParsedQuestion("Zei het COA hoeveel bedden er leeg staan?"))
