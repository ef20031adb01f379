"""Leave-one-set-out cross-validation of the confidence (lrt_search.evaluation.calibration_cv):
a set is judged by a model fitted without it, and the threshold is chosen on held-out answers."""

from __future__ import annotations

from lrt_search.answer.calibration import FEATURES
from lrt_search.evaluation.calibration_cv import (
    Row,
    capped_probability,
    choose_threshold,
    figures,
    fit_sets,
    held_out,
    nested,
)


def _set(name: str, n: int, shift: float = 0.0) -> list[Row]:
    """Answerable rows whose "lexical" (plus ``shift``) decides whether their quote is right,
    and unanswerable rows of low "lexical"; one answer refused by a check."""
    rows = []
    for i in range(n):
        lexical = (i % 10) / 10 + shift
        rows.append(Row(f"{name}{i}", {"lexical": lexical}, lexical >= 0.5 + shift, True))
    rows += [Row(f"{name}u{i}", {"lexical": (i % 4) / 10}, False, False) for i in range(n // 2)]
    rows.append(Row(f"{name}refused", {}, False, True))
    return rows


def test_a_set_of_the_pool_is_judged_by_a_model_fitted_without_it() -> None:
    # "odd" has its right answers at a higher lexical share: fitted without it, its answers
    # at 0.5-0.6 look right; fitted with it, less so.
    sets = {"a": _set("a", 40), "b": _set("b", 40), "odd": _set("odd", 40, shift=0.2)}
    row = sets["odd"][4]  # lexical 0.6, not right
    without = held_out(sets, ["a", "b", "odd"], FEATURES)["odd"][4]
    whole = held_out(sets, ["a", "b"], FEATURES)["odd"][4]
    assert without == whole  # without "odd", both models are fitted on a and b
    weights = fit_sets(sets, FEATURES)
    assert capped_probability(weights, row, FEATURES) < without


def test_figures_count_refusals_abstentions_and_labels() -> None:
    rows = [
        Row("r", {"lexical": 1.0}, True, True),
        Row("w", {"lexical": 0.5}, False, True),
        Row("u", {"lexical": 0.1}, False, False),
        Row("c", {}, False, True),  # refused by a check
        Row("f", {}, True, True, fixed=0.9),  # answered outside the model (a meeting fact)
    ]
    f = figures(rows, [0.95, 0.6, 0.2, None, 0.9], threshold=0.5)
    assert (f.questions, f.answerable, f.unanswerable) == (5, 4, 1)
    assert (f.false_abstentions, f.unanswerable_abstained, f.gold) == (1, 1, 2)
    assert f.labels == {"high": [2, 2], "medium": [1, 0]}
    assert f.score == (2 / 4 + 1 / 1) / 2
    raised = figures(rows, [0.95, 0.6, 0.2, None, 0.9], threshold=0.7)
    assert raised.false_abstentions == 2 and raised.score == f.score  # w was not right anyway


def test_the_threshold_is_chosen_on_held_out_answers_and_nested_per_set() -> None:
    sets = {n: _set(n, 40) for n in ("a", "b", "c")}
    pool = list(sets)
    confidences = held_out(sets, pool, FEATURES)
    threshold = choose_threshold(sets, confidences, pool)
    judged = nested(sets, pool, FEATURES)
    assert set(judged) == set(sets)
    for t, f in judged.values():
        assert t == threshold  # three like sets: every inner choice agrees
        assert (f.gold, f.unanswerable_abstained) == (20, 20)  # every right answer, no wrong
