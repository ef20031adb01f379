"""Issue 16, rule ``speaker_passive``: in an English passive question ("What questions were
raised about ...?") the words before the form of "be" are what was said, not who said it; read
as a speaker they were a name the minutes lack (``name_absent``). Switched off to show the
refusal it removes."""

from __future__ import annotations

import pytest
from switched import switched

from lrt_search.search.phrases import speaker_phrase
from lrt_search.service import Engine


@pytest.mark.parametrize(
    ("question", "on", "off"),
    [
        ("What questions were raised about the coordination centre?", "", "questions were"),
        ("What concerns were expressed by the VNG?", "", "concerns were"),
        ("What points are mentioned about the letter?", "", "points are"),
        (
            "What idea was put forward about the support of towns?",
            "",
            "idea was put forward about the",
        ),
        ("What did the red cross say about emergency shelters?", "red cross", "red cross"),
    ],
)
def test_a_passive_subject_is_no_speaker(question: str, on: str, off: str) -> None:
    assert speaker_phrase(question) == on
    assert speaker_phrase(question, passive=False, finite=False) == off


def test_a_passive_question_is_answered_from_the_minutes(engine: Engine) -> None:
    question = "What questions were raised about the faster transition to substitution?"
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any("indeplaatsstelling" in c.quote for c in answer.citations)
    off = switched(engine, speaker_passive=False).ask(question)
    assert off.abstained and off.reason_code == "name_absent", off.reason
    assert "questions were" in off.reason


def test_a_passive_question_about_an_absent_topic_still_abstains(engine: Engine) -> None:
    answer = engine.ask("What questions were raised about the football stadium?")
    assert answer.abstained and answer.reason_code == "topic_absent", answer.reason
