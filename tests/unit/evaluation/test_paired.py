"""The paired test of ``evaluation.compare`` (NumPy) against SciPy's reference implementation
(SciPy comes with the [eval] extra)."""

from __future__ import annotations

import numpy as np
from scipy import stats

from lrt_search.evaluation.compare import bootstrap_interval, permutation_p


def _scipy_p(diff: np.ndarray) -> float:
    zeros = np.zeros_like(diff)
    result = stats.permutation_test(
        (zeros, diff),
        lambda x, y: np.mean(y - x),
        permutation_type="samples",
        n_resamples=np.inf,
        alternative="two-sided",
    )
    return float(result.pvalue)


def test_exact_permutation_p_matches_scipy() -> None:
    rng = np.random.default_rng(3)
    for n in (3, 6, 9, 12):
        diff = np.round(rng.normal(0.1, 0.3, n), 2)
        assert abs(permutation_p(diff, rng, 10_000) - _scipy_p(diff)) < 1e-9


def test_sampled_permutation_p_is_close_to_exact() -> None:
    rng = np.random.default_rng(5)
    diff = np.round(rng.normal(0.05, 0.3, 16), 2)  # 65536 flips: sampled
    exact = permutation_p(diff, rng, 2**16)
    sampled = permutation_p(diff, rng, 4000)
    assert abs(exact - sampled) < 0.03


def test_bootstrap_interval_holds_the_mean_and_narrows_with_more_questions() -> None:
    rng = np.random.default_rng(7)
    small = rng.normal(0.2, 0.5, 20)
    big = rng.normal(0.2, 0.5, 400)
    low, high = bootstrap_interval(small, rng, 4000)
    assert low < small.mean() < high
    low2, high2 = bootstrap_interval(big, rng, 4000)
    assert high2 - low2 < high - low
