"""Calibrated confidence: the probability that an answer quotes what the question asks for.

A logistic model over the features of the best statement found for a question
(:data:`FEATURES`, computed by :mod:`lrt_search.answer.confidence_features`: its score and
term share, whether BM25 found its passage, its margin over the next statement, how many
statements passed the checks, how much of the topic it holds, how narrowly the topic gate
passed, whether the topic was implied, whether a speaker was asked).

``p = 1 / (1 + exp(-(w0 + sum(wi * feature_i))))``. The weights
(``Settings.confidence_weights``) are fitted on dev + the generated set by ``python
eval/calibrate.py`` (L2-regularised logistic regression, Newton's method in NumPy, each set
weighing the same), with the label "answered and a quote holds a gold quote" (unanswerable
questions are 0). The CLI shows the value as a word: high (>= 0.9), medium (>= 0.5), low
(:data:`~lrt_search.results.CONFIDENCE_HIGH`). How well a pool of sets generalises is judged by
leave-one-set-out cross-validation (:mod:`lrt_search.evaluation.calibration_cv`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from ..results import CONFIDENCE_HIGH, CONFIDENCE_MEDIUM

#: The features, in the order of ``Settings.confidence_weights`` after the bias (see
#: :mod:`lrt_search.answer.confidence_features`).
FEATURES = (
    "score",
    "lexical",
    "matched",
    "margin",
    "candidates",
    "topic_cover",
    "no_topic",
    "topic_missing",
    "implied",
    "speaker",
)


def probability(
    weights: Sequence[float], features: dict[str, float], names: Sequence[str] = FEATURES
) -> float:
    """The calibrated probability for ``features`` under ``weights`` (bias first; ``names``:
    the features the weights are of, in order)."""
    z = weights[0] + sum(
        w * features.get(name, 0.0) for w, name in zip(weights[1:], names, strict=False)
    )
    return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))


def confidence_word(p: float) -> str:
    """``high``, ``medium`` or ``low``, as :attr:`~lrt_search.results.Answer.confidence_label`."""
    return "high" if p >= CONFIDENCE_HIGH else "medium" if p >= CONFIDENCE_MEDIUM else "low"


def fit(
    rows: Sequence[dict[str, float]],
    labels: Sequence[bool],
    l2: float = 0.01,
    steps: int = 50,
    sample_weights: Sequence[float] | None = None,
    names: Sequence[str] = FEATURES,
) -> tuple[float, ...]:
    """Logistic regression weights (bias first) by Newton's method with an L2 penalty on the
    feature weights (not the bias); ``sample_weights`` weigh the rows (default 1); ``names``:
    the features to fit, in order."""
    import numpy as np  # only fitting needs it: the CLI's settings check imports this module

    x = np.array([[1.0] + [r.get(name, 0.0) for name in names] for r in rows], dtype=float)
    y = np.array(labels, dtype=float)
    c = np.ones(len(y)) if sample_weights is None else np.array(sample_weights, dtype=float)
    w = np.zeros(x.shape[1])
    penalty = np.eye(x.shape[1]) * l2
    penalty[0, 0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -50, 50)))
        grad = x.T @ (c * (p - y)) + penalty @ w
        hessian = x.T @ (x * (c * p * (1 - p))[:, None]) + penalty + 1e-9 * np.eye(x.shape[1])
        w -= np.linalg.solve(hessian, grad)
    return tuple(float(v) for v in w)


def brier(probabilities: Sequence[float], labels: Sequence[bool]) -> float:
    """Mean squared difference between probability and outcome."""
    pairs = list(zip(probabilities, labels, strict=True))
    return sum((p - float(y)) ** 2 for p, y in pairs) / len(pairs) if pairs else math.nan
