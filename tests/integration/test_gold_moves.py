"""eval/gold_moves.py: which answerable questions' gold quoted changed between two dumps of
eval/answer_sets.py (blind3_holdout never listed)."""

from __future__ import annotations

from eval_scripts import load_eval_script


def _rec(answerable: bool, gold: bool) -> dict:
    return {"answerable": answerable, "has_gold": gold}


def test_changed_lists_answerable_gold_changes_but_never_blind3_holdout() -> None:
    changed = load_eval_script("gold_moves").changed
    base = {
        "dev:q1": _rec(True, True),
        "dev:q2": _rec(True, False),
        "dev:q3": _rec(False, False),
        "reworded:r1": _rec(True, False),
        "blind3_holdout:b1": _rec(True, True),
    }
    other = {
        "dev:q1": _rec(True, False),
        "dev:q2": _rec(True, False),
        "dev:q3": _rec(False, True),
        "reworded:r1": _rec(True, True),
        "blind3_holdout:b1": _rec(True, False),
    }
    assert changed(base, other) == {"dev": ["q1"], "reworded": ["r1"]}
