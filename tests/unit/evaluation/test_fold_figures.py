"""eval/fold_figures.py on a small hand-made dump: each set in its fold, the figures per fold
before -> after, held-out halves summed in their group only, and the reason table."""

from __future__ import annotations

import sys
from pathlib import Path

EVAL = Path(__file__).resolve().parents[3] / "eval"
if str(EVAL) not in sys.path:
    sys.path.insert(0, str(EVAL))

import fold_figures  # noqa: E402

DERIVED = frozenset({"reworded"})


def _row(answerable: bool, abstained: bool, gold: bool = False, label: str = "high") -> dict:
    code = "topic_absent" if abstained else None
    return {"answerable": answerable, "abstained": abstained, "has_gold": gold, "label": label,
            "reason_code": code}  # fmt: skip


def test_each_set_in_its_fold() -> None:
    fold = fold_figures.fold_of
    assert fold("blind4_design", 26, DERIVED) == "design"
    assert fold("dev", 26, DERIVED) == fold("generated", 26, DERIVED) == "design"
    assert fold("abbreviation_forms_probe", 26, DERIVED) == "design"
    assert fold("typing_probe", 26, DERIVED) == fold("probes", 26, DERIVED) == "validation"
    assert fold("blind11_design", 26, DERIVED) == fold("blind25_design", 26, DERIVED)
    assert fold("blind25_design", 26, DERIVED) == "validation"
    assert fold("blind26_design", 26, DERIVED) == "newest"
    assert fold("blind26_design", 27, DERIVED) == "validation"
    assert fold("reworded", 26, DERIVED) == "derived"
    assert fold("comparison_probe2", 26, DERIVED) == "other"
    assert fold("blind7_holdout", 26, DERIVED) == "holdout b3..b10"
    assert fold("blind19_holdout", 26, DERIVED) == "holdout b11..b19"
    assert fold("blind24_holdout", 26, DERIVED) == "holdout b24..b25"
    assert fold("blind27_holdout", 27, DERIVED) == "holdout b27"
    assert fold("holdout", 26, DERIVED) == "holdout other"
    assert fold_figures.reason_column("generated", 26, DERIVED) == "G"
    assert fold_figures.reason_column("blind26_design", 26, DERIVED) == "V"
    assert fold_figures.reason_column("blind3_holdout", 26, DERIVED) is None


def test_figures_per_fold_before_and_after() -> None:
    before = {
        "dev:q1": _row(True, True),
        "dev:q2": _row(True, False, gold=True),
        "dev:q3": _row(False, False),
        "blind12_design:b1": _row(False, True),
        "blind12_holdout:secret-id": _row(True, False, gold=True),
        "reworded:r1": _row(True, False, gold=False, label="medium"),
    }
    after = dict(before, **{"dev:q1": _row(True, False, gold=True), "dev:q3": _row(False, True)})
    rows = fold_figures.fold_rows([before, after], 26, DERIVED)
    assert rows[0].startswith("design ")
    assert "FA 1/2, UA 0/1, gold 1, high 1/2  ->  FA 0/2, UA 1/1, gold 2, high 2/2" in rows[0]
    assert any(r.startswith("validation ") and "UA 1/1" in r for r in rows)
    assert any(r.startswith("derived ") and "gold 0, high 0/0" in r for r in rows)
    holdout = [r for r in rows if r.startswith("holdout")]
    assert holdout == [r for r in rows if "b11..b19" in r] and len(holdout) == 1
    assert "secret-id" not in "\n".join(rows)


def test_reason_table_per_column() -> None:
    before = {"dev:q1": _row(True, True), "typing_probe:t1": _row(False, True)}
    after = dict(before, **{"dev:q1": _row(True, False)})
    assert fold_figures.reason_rows([before], 26, DERIVED)[1].endswith(
        "| D:1/0  V:0/1  G:0/0  O:0/0"
    )
    row = fold_figures.reason_rows([before, after], 26, DERIVED)[1]
    assert row.startswith("topic_absent") and "FA    0 UA    1" in row
    assert row.endswith("| D:1/0->0/0  V:0/1  G:0/0  O:0/0")
