"""The confidence-measuring scripts (issue 16 task D): eval/feature_auc.py's AUC and
eval/confidence_models.py's meeting folds and residual fit (of any feature a row holds; the
rank-free features of answer/statement_evidence.py they were written for were deleted in
session 16)."""

from __future__ import annotations

import numpy as np
from eval_scripts import load_eval_script

from lrt_search.evaluation.calibration_cv import Row


def test_auc_counts_pairs_and_ties() -> None:
    auc = load_eval_script("feature_auc").auc
    labels = np.array([True, True, False, False])
    weights = np.ones(4)
    assert auc(np.array([2.0, 3.0, 1.0, 0.0]), labels, weights) == 1.0
    assert auc(np.array([0.0, 1.0, 2.0, 3.0]), labels, weights) == 0.0
    assert auc(np.ones(4), labels, weights) == 0.5
    assert np.isnan(auc(np.ones(2), np.array([True, True]), np.ones(2)))


def test_meeting_folds_keep_a_meeting_together() -> None:
    models = load_eval_script("confidence_models")
    rows = [Row("q001", {}, False, True), Row("q002", {}, False, True)]
    folds = models.meeting_folds({"dev": rows})
    # q001 and q002 quote the same meeting (2022-07-08): one fold
    assert folds["dev/q001"] == folds["dev/q002"]
    assert set(folds.values()) <= set(range(models.FOLDS))


def test_a_residual_weight_follows_the_feature() -> None:
    models = load_eval_script("confidence_models")
    base = {"score": 0.9, "lexical": 0.5, "matched": 1.0, "margin": 0.1, "candidates": 1.0}
    rows = [
        Row(f"r{i}", {**base, "item_cos_margin": m}, m > 0, True)
        for i, m in enumerate([-0.05, -0.02, 0.02, 0.05, -0.04, 0.04, -0.01, 0.01])
    ]
    _bias, weight = models.fit_residual({"a": rows}, ("item_cos_margin",))
    assert weight > 0.0
    scored = models.residual({"a": rows, "b": rows}, ("item_cos_margin",))
    assert scored["a"][3] > scored["a"][0]  # the larger margin is the more confident
