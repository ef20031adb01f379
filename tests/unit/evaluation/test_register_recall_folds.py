"""eval/register_recall.py: every readable set in one fold, holdouts never (issue 16 session 23)."""

from __future__ import annotations

import sys
from pathlib import Path

EVAL = Path(__file__).resolve().parents[3] / "eval"
sys.path.insert(0, str(EVAL))

from answer_sets import SETS  # noqa: E402
from register_recall import family_fold, figures  # noqa: E402


def test_holdouts_are_never_run() -> None:
    for name in SETS:
        if "holdout" in name or "holdout" in str(SETS[name][0]):
            assert family_fold(name) is None


def test_folds_follow_the_design_rule() -> None:
    assert family_fold("blind3_design") == ("design", "design")
    assert family_fold("blind10_design") == ("design", "design")
    assert family_fold("blind11_design") == ("design", "validation")
    assert family_fold("dev") == ("dev", "design")
    assert family_fold("generated") == ("generated", "validation")
    assert family_fold("everyday_speech") == ("derived", "validation")
    assert family_fold("language_pair_probe") == ("probes", "design")
    assert family_fold("premise_common_probe") == ("probes", "validation")


def test_figures_count_a_miss_as_zero_and_rank_30_in_mrr() -> None:
    assert figures([1, 2, None, 30]) == (
        "n=   4 R@1 0.250 R@5 0.500 R@10 0.500 R@20 0.500 MRR 0.383"
    )
