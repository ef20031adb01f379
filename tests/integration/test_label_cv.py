"""eval/label_cv.py: a stricter "high" is chosen without the set it is scored on."""

from __future__ import annotations

from eval_scripts import load_eval_script

label_cv = load_eval_script("label_cv")


def _row(name: str, p: float, gold: bool) -> dict:
    return {"set": name, "label": "high", "confidence": p, "gold": gold, "features": {}}


def test_family_of_sets() -> None:
    assert label_cv.family("blind4_design") == "b3..b10 design"
    assert label_cv.family("blind17_design") == "b11..b17 design"
    assert label_cv.family("generated") == "generated"
    assert label_cv.family("period_probe") == "other readable"


def test_cutoff_chosen_on_the_other_sets() -> None:
    grid, keep = label_cv.CANDIDATES["cutoff"]
    # two sets whose wrong highs sit just above 0.9: each, left out, gets the cutoff the
    # other chose (0.92), which moves its wrong answer out of high
    rows = [_row(n, 0.91, False) for n in ("a", "b")]
    rows += [_row(n, 0.99, True) for n in ("a", "b")]
    out, chosen = label_cv.left_out(rows, grid, keep, 9.0)
    o = out["other readable"]
    assert (o["high"], o["high_right"], o["new_high"], o["new_high_right"]) == (4, 2, 2, 2)
    assert chosen == {0.92: 2}
