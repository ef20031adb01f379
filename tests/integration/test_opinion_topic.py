"""Issue 16, questions that ask for an opinion ("How did X view Y?", "What was the position of X
on Y?", "Wat vond X van Y?"): Y is read as the topic, so on the bundled corpus a speaker who never
spoke about Y gets no answer, and one who did gets one (the same shape, topic and wording)."""

from __future__ import annotations

import pytest

from lrt_search.service import Engine

# (answerable, the same question with a speaker who did not speak on the topic, the topic)
PAIRS = [
    (
        "How did the municipalities view the funding?",
        "How did VWS view the funding?",
        "the funding",
    ),
    (
        "What was the position of the provinces on the safety regions?",
        "What was the position of SZW on the safety regions?",
        "the safety regions",
    ),
    ("Wat vond MVRO van reacties?", "Wat vond COA van reacties?", "reacties"),
]


@pytest.mark.parametrize(("answerable", "unanswerable", "topic"), PAIRS)
def test_an_opinion_question_is_answered_only_by_a_statement_on_its_topic(
    engine: Engine, answerable: str, unanswerable: str, topic: str
) -> None:
    answer = engine.ask(answerable)
    assert not answer.abstained, answer.reason
    missing = engine.ask(unanswerable)
    assert missing.abstained, missing.confidence
    # the reason names the topic read from the question's shape
    assert f"\u201c{topic}\u201d" in (missing.reason or ""), missing.reason
