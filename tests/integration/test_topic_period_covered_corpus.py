"""Rule ``topic_period_covered`` (answer/period_covered.py) on the bundled corpus: a topic period
no quoted statement covers (no meeting near it, none writes it) is refused
``topic_period_unstated``, with a true reason; one a statement writes ("2025-II") or a near
meeting covers is answered. Switched off, the uncovered ones are answered."""

from __future__ import annotations

import pytest
from switched import switched

from lrt_search.evaluation.reason_minutes import Minutes
from lrt_search.evaluation.reason_truth import false_reason
from lrt_search.service import Engine


@pytest.mark.parametrize(
    "question",
    [
        "What did MBZK say about the 2025 package?",  # the 2023 BZK package answered it
        "How many places did the 2021 capacity decision contain?",  # 51.000 of July 2022
        "Wat zei het COA over het pakket van 2025?",
    ],
)
def test_a_topic_period_no_quote_covers_abstains(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "topic_period_unstated", answer.reason
    assert false_reason(Minutes(engine), answer) is None
    assert not switched(engine, topic_period_covered=False).ask(question).abstained


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        ("What was the housing target for 2025-II set at?", "2025-II wordt op 13.000"),
        ("How many places did the 2022 capacity decision contain?", "51.000 plekken"),
        ("Wat werd er afgesproken over de taakstelling van 2025?", "ingestemd met de taakstelling"),
    ],
)
def test_a_covered_topic_period_is_answered(engine: Engine, question: str, quote: str) -> None:
    answer = engine.ask(question)
    assert not answer.abstained, answer.reason
    assert any(quote in c.quote for c in answer.citations)
