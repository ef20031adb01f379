"""The parts of the evidence checks that need no index: names, topics, calibration."""

from __future__ import annotations

import math

import pytest

from lrt_search.answer.calibration import brier, confidence_word, fit, probability
from lrt_search.answer.evidence import names_in
from lrt_search.answer.topics import topic_of


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("Wat is het standpunt van de PVV?", ["PVV"]),
        ("Wat zei de Raad van State over derdelanders?", ["Raad van State"]),
        ("What did the Safety Council (VB) say?", ["Safety Council", "VB"]),
        ("Who chaired the meeting of 3 November 2023?", []),
        ("Wat zei de VNG over de Spreidingswet?", ["VNG", "Spreidingswet"]),
        ("IPO said what?", ["IPO"]),
        ("Hoe ontwikkelde de situatie in Ter Apel zich?", ["Ter Apel"]),
    ],
)
def test_names_in(question: str, names: list[str]) -> None:
    assert names_in(question) == names


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("Wat zei de VNG over de Spreidingswet?", "de Spreidingswet"),
        ("What did IPO say about indeplaatsstelling in 2023?", "indeplaatsstelling"),
        (
            "What did the LRT decide about the budget of the national police?",
            "the budget of the national police",
        ),
        ("Wie was aanwezig?", ""),
    ],
)
def test_topic_of(question: str, topic: str) -> None:
    assert topic_of(question) == topic


def test_calibration_fit_recovers_a_separable_direction() -> None:
    rows = [{"score": s / 10, "lexical": 0.0, "matched": 1.0} for s in range(10)]
    labels = [s >= 5 for s in range(10)]
    weights = fit(rows, labels)
    probs = [probability(weights, r) for r in rows]
    assert probs == sorted(probs)
    assert probs[0] < 0.5 < probs[-1]
    assert brier(probs, labels) < brier([0.5] * 10, labels)
    assert all(0.0 <= p <= 1.0 and not math.isnan(p) for p in probs)
    assert [confidence_word(p) for p in (0.9, 0.6, 0.1)] == ["high", "medium", "low"]


def test_calibration_sample_weights_pull_the_fit_towards_the_weighed_rows() -> None:
    # The same features, opposite labels in two groups: the heavier group decides.
    rows = [{"score": 0.5}] * 20
    labels = [True] * 10 + [False] * 10
    even = probability(fit(rows, labels), rows[0])
    heavy = probability(fit(rows, labels, sample_weights=[3.0] * 10 + [1.0] * 10), rows[0])
    assert abs(even - 0.5) < 0.01 and heavy > 0.7


def test_high_is_a_calibrated_nine_in_ten_and_the_answer_label_agrees() -> None:
    from lrt_search.results import Answer

    for p, word in ((0.95, "high"), (0.85, "medium"), (0.5, "medium"), (0.49, "low")):
        assert confidence_word(p) == word
        answer = Answer("q", "", False, p, {}, [])
        assert answer.confidence_label == word
