"""The confidence model fitted and applied over a chosen list of features (``names``), as
``eval/calibrate.py --extra`` does: a feature outside the model counts only when named."""

from __future__ import annotations

from lrt_search.answer.calibration import FEATURES, fit, probability


def _rows() -> tuple[list[dict[str, float]], list[bool]]:
    # "semantic" decides the label; the model's own features are constant.
    rows = [{name: 0.5 for name in FEATURES} | {"semantic": float(i % 4)} for i in range(40)]
    return rows, [r["semantic"] >= 2 for r in rows]


def test_an_extra_feature_is_fitted_and_used_only_when_named() -> None:
    rows, labels = _rows()
    names = (*FEATURES, "semantic")
    weights = fit(rows, labels, names=names)
    assert len(weights) == len(names) + 1
    assert weights[-1] > 1.0
    high, low = rows[3], rows[0]
    assert probability(weights, high, names) > 0.9 > 0.1 > probability(weights, low, names)


def test_without_the_name_the_feature_is_ignored() -> None:
    rows, labels = _rows()
    weights = fit(rows, labels)
    assert len(weights) == len(FEATURES) + 1
    assert abs(probability(weights, rows[3]) - probability(weights, rows[0])) < 1e-9
