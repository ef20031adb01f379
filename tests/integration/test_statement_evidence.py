"""Evidence of a statement independent of the passage ranks (answer.statement_evidence, issue
16 task D): recorded with the confidence features on the bundled corpus, in no model; and the
measuring scripts' AUC and meeting folds (eval/feature_auc.py, eval/confidence_models.py)."""

from __future__ import annotations

import numpy as np
from eval_scripts import load_eval_script

from lrt_search.answer.calibration import FEATURES
from lrt_search.answer.statement_evidence import NAMES
from lrt_search.evaluation.calibration_cv import Row
from lrt_search.service import Engine


def _recording(engine: Engine) -> Engine:
    """``engine`` under ``Settings.statement_evidence`` (off by default)."""
    return engine.with_settings(engine.settings.replace(statement_evidence=True))


def test_the_evidence_is_recorded_only_when_switched_on(engine: Engine) -> None:
    question = "Wat is de taakstelling voor 2022-II?"
    plain, recorded = engine.ask(question), _recording(engine).ask(question)
    assert not set(NAMES) & set(plain.features)
    assert set(NAMES) <= set(recorded.features)
    # the same answer either way: the features are in no model
    assert plain.confidence == recorded.confidence
    assert [c.quote for c in plain.citations] == [c.quote for c in recorded.citations]
    assert {k: v for k, v in recorded.features.items() if k not in NAMES} == plain.features


def test_the_quoted_statement_is_found_and_close(engine: Engine) -> None:
    answer = _recording(engine).ask("Wat is de taakstelling voor 2022-II?")
    assert not answer.abstained
    f = answer.features
    assert set(NAMES) <= set(f) and not set(NAMES) & set(FEATURES)
    assert f["stmt_found"] == 1.0
    assert 0.7 < f["stmt_cos"] <= 1.0
    assert f["item_cos_margin"] > 0.0  # the quoted bullet is closer than its item's others
    assert f["context_cover"] >= f["lexical"] - 1e-9  # its neighbours add, never remove
    assert f["form_unmet"] == 0.0


def test_a_how_many_question_answered_with_a_number(engine: Engine) -> None:
    answer = _recording(engine).ask("Hoeveel asielzoekers verbleven er in Ter Apel in juli 2022?")
    assert not answer.abstained
    assert answer.features["form_unmet"] == 0.0
    assert any(ch.isdigit() for ch in answer.citations[0].quote)


def test_the_evidence_leaves_the_confidence_alone(engine: Engine) -> None:
    from lrt_search.answer.calibration import probability

    answer = _recording(engine).ask("Wat is de taakstelling voor 2022-II?")
    without = {k: v for k, v in answer.features.items() if k not in NAMES}
    p = probability(engine.settings.confidence_weights, answer.features)
    assert p == probability(engine.settings.confidence_weights, without)


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
