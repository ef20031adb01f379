"""Calibrated confidence: the probability that an answer quotes what the question asks for.

A logistic model over three features of the best statement found for a question:

- ``score``: its answer score (cosine to the question + lexical weight x term share + rank
  bonus of its passage, see :mod:`lrt_search.answer.answering`);
- ``lexical``: the idf-weighted share of the question's terms it holds;
- ``matched``: 1 when the first passage matched the question's words (BM25), else 0.

``p = 1 / (1 + exp(-(w0 + w1 * score + w2 * lexical + w3 * matched)))``. The weights
(``Settings.confidence_weights``) are fitted on the **dev** questions by ``python
eval/calibrate.py`` (L2-regularised logistic regression, Newton's method in NumPy), with the
label "answered and a quote holds a gold quote" (unanswerable questions are 0). The CLI shows
the value as a word: high (>= 0.8), medium (>= 0.5), low.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

FEATURES = ("score", "lexical", "matched")


def probability(weights: Sequence[float], features: dict[str, float]) -> float:
    """The calibrated probability for ``features`` under ``weights`` (bias first)."""
    z = weights[0] + sum(
        w * features.get(name, 0.0) for w, name in zip(weights[1:], FEATURES, strict=False)
    )
    return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))


def confidence_word(p: float) -> str:
    """``high`` (>= 0.8), ``medium`` (>= 0.5) or ``low``."""
    return "high" if p >= 0.8 else "medium" if p >= 0.5 else "low"


def fit(
    rows: Sequence[dict[str, float]], labels: Sequence[bool], l2: float = 0.01, steps: int = 50
) -> tuple[float, ...]:
    """Logistic regression weights (bias first) by Newton's method with an L2 penalty on the
    feature weights (not the bias)."""
    x = np.array([[1.0] + [r.get(name, 0.0) for name in FEATURES] for r in rows], dtype=float)
    y = np.array(labels, dtype=float)
    w = np.zeros(x.shape[1])
    penalty = np.eye(x.shape[1]) * l2
    penalty[0, 0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -50, 50)))
        grad = x.T @ (p - y) + penalty @ w
        hessian = x.T @ (x * (p * (1 - p))[:, None]) + penalty + 1e-9 * np.eye(x.shape[1])
        w -= np.linalg.solve(hessian, grad)
    return tuple(float(v) for v in w)


def brier(probabilities: Sequence[float], labels: Sequence[bool]) -> float:
    """Mean squared difference between probability and outcome."""
    return float(np.mean((np.array(probabilities) - np.array(labels, dtype=float)) ** 2))
