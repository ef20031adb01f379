"""The measuring tools of the low-confidence abstention (issue 16, task A): eval/calibrate.py's
families, pool ``blind`` and threshold sweep, and eval/confidence_residual.py's class weight."""

from __future__ import annotations

from eval_scripts import load_eval_script

from lrt_search import Settings
from lrt_search.evaluation.calibration_cv import Row


def test_families_keep_the_held_out_halves_apart() -> None:
    calibrate = load_eval_script("calibrate")
    names = list(load_eval_script("answer_sets").SETS)
    fam = calibrate.families(names)
    assert fam["dev"] == ["dev"] and fam["generated"] == ["generated"]
    assert "blind4_design" in fam["blind design"] and "blind2_probe" in fam["probes"]
    assert all(n.endswith("holdout") for n in fam["holdout halves"])
    assert "holdout" in fam["holdout halves"] and "blind9_holdout" in fam["holdout halves"]
    assert sorted(n for members in fam.values() for n in members) == sorted(names)


def test_pool_blind_is_dev_generated_and_the_design_halves() -> None:
    calibrate = load_eval_script("calibrate")
    pool = calibrate.POOLS["blind"]
    assert pool[:2] == ("dev", "generated")
    assert {"blind3_design", "blind9_design"} <= set(pool)
    assert not any(n.endswith("holdout") or n.endswith("_probe") for n in pool)
    assert Settings().abstain_below in calibrate.SWEEP and min(calibrate.SWEEP) == 0.0


def test_a_class_weight_raises_only_its_class() -> None:
    tool = load_eval_script("confidence_residual")
    name = "uncovered_implied_speaker"
    low = {"score": 0.8, "lexical": 0.1, "matched": 1.0, "margin": 0.0, "candidates": 1.1}
    cls = {**low, "implied": 1.0, "speaker": 1.0, "topic_cover": 0.0}
    assert tool.CLASSES[name](cls) == 1.0 and tool.CLASSES[name]({**cls, "topic_cover": 0.5}) == 0.0
    # the class's answers are right more often than their confidence says; the others are not
    rows = [Row(f"c{i}", {**cls, name: 1.0}, i % 5 != 0, True) for i in range(20)]
    rows += [Row(f"o{i}", {**low, name: 0.0}, i % 5 == 0, True) for i in range(20)]
    weight = tool.class_weight({"a": rows}, name)
    assert weight > 0.0
    before = tool.corrected(rows, name, 0.0)
    after = tool.corrected(rows, name, weight)
    assert after[0] > before[0] and after[-1] == before[-1]


def test_a_refusal_after_the_confidence_is_a_refused_row(engine) -> None:  # type: ignore[no-untyped-def]
    calibrate = load_eval_script("calibrate")
    from lrt_search.evaluation import load_questions

    path, split = load_eval_script("answer_sets").SETS["claim_detail_probe"]
    question = next(q for q in load_questions(path, split) if q.id == "cd07")
    answer = engine.ask(question.question)
    # 75% is not the share the minutes state: rule claim_number_stated refuses after the
    # confidence, and the answer keeps its features
    assert answer.abstained and answer.reason_code != "low_confidence" and answer.features
    (row,) = calibrate.collect(engine, [question], semantic=False)
    assert row.features == {} and row.fixed is None and not row.right
