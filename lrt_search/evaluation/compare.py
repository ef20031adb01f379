"""Paired comparison of configurations: per-question differences tested with NumPy (a paired
sign-flip permutation test and a percentile bootstrap interval; no SciPy needed); several
configurations against one baseline with Holm's correction for multiple comparisons."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..config import Settings
from .metrics import MEASURES
from .questions import Question
from .runner import EngineCache, evaluate_settings


@dataclass
class MetricComparison:
    """One metric of a paired comparison."""

    metric: str
    a: float
    b: float
    diff: float  # b - a
    wins: int  # questions where b > a
    ties: int
    losses: int
    p_value: float
    ci_low: float
    ci_high: float
    #: ``p_value`` adjusted by Holm's step-down method over the configurations compared with
    #: the same baseline on this metric (equal to ``p_value`` for a single comparison).
    p_holm: float = float("nan")


@dataclass
class Comparison:
    """Configuration B against configuration A on the same questions."""

    names: tuple[str, str]
    n: int
    metrics: list[MetricComparison]

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {
            "a": self.names[0],
            "b": self.names[1],
            "n_questions": self.n,
            "metrics": [
                {k: (round(v, 4) if isinstance(v, float) else v) for k, v in m.__dict__.items()}
                for m in self.metrics
            ],
        }


def permutation_p(diff: np.ndarray, rng: np.random.Generator, resamples: int) -> float:
    """Two-sided p-value of a paired permutation test of mean(diff) = 0: each question's
    difference flips its sign at random (exact over all flips when there are few questions)."""
    n = len(diff)
    observed = abs(diff.mean())
    if 2**n <= resamples:
        signs = 1 - 2 * ((np.arange(2**n)[:, None] >> np.arange(n)) & 1)
        means = np.abs((signs * diff).mean(axis=1))
        return float(np.mean(means >= observed - 1e-12))
    signs = rng.choice(np.array([-1.0, 1.0]), size=(resamples, n))
    means = np.abs((signs * diff).mean(axis=1))
    # The observed assignment counts as one of the permutations (so p is never 0).
    return float((np.sum(means >= observed - 1e-12) + 1) / (resamples + 1))


def bootstrap_interval(
    diff: np.ndarray, rng: np.random.Generator, resamples: int, level: float = 0.95
) -> tuple[float, float]:
    """Percentile bootstrap interval of mean(diff), questions resampled with replacement."""
    picks = rng.integers(0, len(diff), size=(resamples, len(diff)))
    means = diff[picks].mean(axis=1)
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(means, [tail, 100 - tail])
    return float(low), float(high)


def compare(
    a: dict[str, dict[str, float]],
    b: dict[str, dict[str, float]],
    names: tuple[str, str] = ("A", "B"),
    seed: int = 0,
    resamples: int = 10_000,
) -> Comparison:
    """Paired comparison of per-question metrics: mean difference (B - A), wins/ties/losses,
    two-sided paired permutation test (:func:`permutation_p`) and a 95% bootstrap confidence
    interval of the mean difference (:func:`bootstrap_interval`)."""
    ids = sorted(set(a) & set(b))
    out = []
    for name in MEASURES:
        xa = np.array([a[q][name] for q in ids], dtype=float)
        xb = np.array([b[q][name] for q in ids], dtype=float)
        diff = xb - xa
        if len(ids) == 0:
            out.append(MetricComparison(name, *(float("nan"),) * 3, 0, 0, 0, *(float("nan"),) * 3))
            continue
        if np.allclose(diff, 0):
            p, low, high = 1.0, 0.0, 0.0
        else:
            rng = np.random.default_rng(seed)
            p = permutation_p(diff, rng, resamples)
            low, high = bootstrap_interval(diff, rng, resamples)
        out.append(
            MetricComparison(
                name,
                float(xa.mean()),
                float(xb.mean()),
                float(diff.mean()),
                int((diff > 1e-12).sum()),
                int((np.abs(diff) <= 1e-12).sum()),
                int((diff < -1e-12).sum()),
                p,
                low,
                high,
            )
        )
    for m in out:
        m.p_holm = m.p_value
    return Comparison(names, len(ids), out)


def holm(p_values: Sequence[float]) -> list[float]:
    """Holm's step-down adjustment of ``p_values`` (family-wise error rate): the i-th smallest
    p is multiplied by ``n - i`` (i from 0), made monotone, capped at 1; NaN stays NaN."""
    order = sorted((p, i) for i, p in enumerate(p_values) if not np.isnan(p))
    adjusted = [float("nan")] * len(p_values)
    running = 0.0
    for step, (p, i) in enumerate(order):
        running = max(running, min(1.0, (len(order) - step) * p))
        adjusted[i] = running
    return adjusted


def compare_many(
    baseline: tuple[str, dict[str, dict[str, float]]],
    others: Sequence[tuple[str, dict[str, dict[str, float]]]],
    seed: int = 0,
    resamples: int = 10_000,
) -> list[Comparison]:
    """Each of ``others`` (name, per-question metrics) against ``baseline``, with the p-values
    of every metric Holm-adjusted over the ``others`` (:attr:`MetricComparison.p_holm`)."""
    name, per = baseline
    out = [compare(per, b, (name, other), seed, resamples) for other, b in others]
    for index in range(len(MEASURES)):
        adjusted = holm([c.metrics[index].p_value for c in out])
        for comparison, p in zip(out, adjusted, strict=True):
            comparison.metrics[index].p_holm = p
    return out


def compare_settings(
    a: Settings,
    b: Settings,
    questions: Sequence[Question],
    names: tuple[str, str] = ("A", "B"),
    cache: EngineCache | None = None,
) -> Comparison:
    """Evaluate two configurations on the same questions and :func:`compare` them (one index
    load when both use the same index)."""
    cache = cache or EngineCache()
    ra = evaluate_settings(a, questions, answers=False, cache=cache)
    rb = evaluate_settings(b, questions, answers=False, cache=cache)
    return compare(ra.per_question, rb.per_question, names)
