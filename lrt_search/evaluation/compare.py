"""Paired comparison of two configurations: per-question differences tested with ``scipy.stats``
(paired permutation test, bootstrap interval)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy import stats

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


def compare(
    a: dict[str, dict[str, float]],
    b: dict[str, dict[str, float]],
    names: tuple[str, str] = ("A", "B"),
    seed: int = 0,
    resamples: int = 10_000,
) -> Comparison:
    """Paired comparison of per-question metrics: mean difference (B - A), wins/ties/losses,
    two-sided paired permutation test (scipy.stats.permutation_test) and a 95% bootstrap
    confidence interval of the mean difference (scipy.stats.bootstrap)."""
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
            perm = stats.permutation_test(
                (xa, xb),
                lambda x, y: np.mean(y - x),
                permutation_type="samples",
                n_resamples=resamples,
                alternative="two-sided",
                random_state=rng,
            )
            boot = stats.bootstrap(
                (xa, xb),
                lambda x, y: np.mean(y - x),
                paired=True,
                n_resamples=resamples,
                confidence_level=0.95,
                method="percentile",
                random_state=rng,
            )
            p = float(perm.pvalue)
            low, high = float(boot.confidence_interval.low), float(boot.confidence_interval.high)
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
    return Comparison(names, len(ids), out)


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
