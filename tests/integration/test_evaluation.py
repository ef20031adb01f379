"""Evaluation: metrics on hand-made runs, paired comparison, and a smoke run of `eval`."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from lrt_search.evaluation import (
    MEASURES,
    Gold,
    Qrels,
    Question,
    Run,
    compare,
    evaluate,
    evaluate_run,
    load_questions,
    mean_metrics,
)
from lrt_search.interfaces.cli import main
from lrt_search.service import Engine

ROOT = Path(__file__).resolve().parents[2]


def test_perfect_run_scores_one() -> None:
    qrels = Qrels({"q1": {"a"}, "q2": {"b", "c"}})
    run = Run({"q1": [("a", 3.0), ("x", 2.0)], "q2": [("b", 5.0), ("c", 4.0), ("y", 1.0)]})
    per = evaluate_run(qrels, run, ["q1", "q2"])
    means = mean_metrics(per)
    for name in ("R@5", "R@10", "MRR@10", "nDCG@10"):
        assert means[name] == pytest.approx(1.0)
    assert per["q1"]["R@1"] == 1.0 and per["q2"]["R@1"] == pytest.approx(0.5)


def test_empty_run_scores_zero() -> None:
    qrels = Qrels({"q1": {"a"}, "q2": {"b"}})
    per = evaluate_run(qrels, Run({}), ["q1", "q2"])
    assert set(per) == {"q1", "q2"}
    assert all(v == 0.0 for metrics in per.values() for v in metrics.values())


def test_known_ranks() -> None:
    qrels = Qrels({"q1": {"a"}})
    run = Run({"q1": [("x", 3.0), ("y", 2.0), ("a", 1.0)]})
    per = evaluate_run(qrels, run, ["q1"])["q1"]
    assert per["R@1"] == 0.0 and per["R@5"] == 1.0
    assert per["MRR@10"] == pytest.approx(1 / 3)
    assert per["nDCG@10"] == pytest.approx(1 / math.log2(4))


def test_questions_without_relevant_chunks_are_not_scored() -> None:
    qrels = Qrels({"q1": {"a"}})
    per = evaluate_run(qrels, Run({"q1": [("a", 1.0)], "q2": [("b", 1.0)]}), ["q1", "q2"])
    assert set(per) == {"q1"}


def test_compare_known_difference() -> None:
    ids = [f"q{i}" for i in range(30)]
    a = {q: dict.fromkeys(MEASURES, 0.0) for q in ids}
    b = {q: dict.fromkeys(MEASURES, 1.0 if i < 25 else 0.0) for i, q in enumerate(ids)}
    result = compare(a, b, names=("A", "B"), resamples=2000)
    mrr = next(m for m in result.metrics if m.metric == "MRR@10")
    assert mrr.diff == pytest.approx(25 / 30)
    assert (mrr.wins, mrr.ties, mrr.losses) == (25, 5, 0)
    assert mrr.p_value < 0.001
    assert 0.6 < mrr.ci_low <= mrr.diff <= mrr.ci_high <= 1.0
    same = compare(a, a, resamples=2000)
    assert all(m.p_value == 1.0 and m.diff == 0.0 for m in same.metrics)


def test_compare_no_real_difference_is_not_significant() -> None:
    ids = [f"q{i}" for i in range(40)]
    a = {q: dict.fromkeys(MEASURES, float(i % 2)) for i, q in enumerate(ids)}
    b = {q: dict.fromkeys(MEASURES, float((i // 2) % 2)) for i, q in enumerate(ids)}
    mrr = next(m for m in compare(a, b, resamples=2000).metrics if m.metric == "MRR@10")
    assert mrr.p_value > 0.2
    assert mrr.ci_low < 0 < mrr.ci_high


def test_qrels_follow_gold_quotes_not_chunk_ids(engine: Engine) -> None:
    question = Question(
        "q",
        "?",
        "nl",
        "fact",
        "dev",
        True,
        (Gold("2022-07-08", "De taakstelling  voor 2022-II is\nvastgesteld"),),
    )
    relevant = Qrels.from_questions([question], engine.chunks).relevant["q"]
    assert len(relevant) == 1
    (chunk_id,) = relevant
    assert chunk_id.startswith("2022-07-08-lrt#5.")
    wrong_date = Question(
        "w",
        "?",
        "nl",
        "fact",
        "dev",
        True,
        (Gold("2023-04-06", "De taakstelling voor 2022-II is vastgesteld"),),
    )
    assert "w" not in Qrels.from_questions([wrong_date], engine.chunks).relevant


def test_gold_quotes_are_in_exactly_one_chunk(engine: Engine) -> None:
    questions = load_questions(ROOT / "eval" / "questions.jsonl")
    from lrt_search.lexicon.textnorm import normalize_for_match

    texts = [normalize_for_match(c.text) for c in engine.chunks if c.kind == "item"]
    headers = [normalize_for_match(c.text) for c in engine.chunks if c.kind == "header"]
    for q in questions:
        for gold in q.gold:
            quote = normalize_for_match(gold.quote)
            hits = sum(quote in t for t in texts) + sum(quote in t for t in headers)
            assert hits == 1, (q.id, gold.quote, hits)


def test_evaluate_report_on_a_few_questions(engine: Engine) -> None:
    questions = load_questions(ROOT / "eval" / "questions.jsonl", split="dev")
    sample = [q for q in questions if q.answerable][:6] + [
        q for q in questions if not q.answerable
    ][:3]
    report = evaluate(engine, sample, answers=True, progress=False)
    assert report.n_questions == 9 and len(report.per_question) == 6
    assert 0.0 <= report.overall["MRR@10"] <= 1.0
    assert report.overall["R@10"] > 0.5
    assert report.answers is not None
    assert report.answers.answerable == 6 and report.answers.unanswerable == 3
    assert 0.0 <= report.answers.gold_rate <= 1.0
    assert 0.0 <= report.answers.abstention_accuracy <= 1.0
    data = report.to_dict(failures=True)
    assert set(data["by_language"]) <= {"nl", "en"}
    json.dumps(data)


def test_eval_command_smoke(built, capsys: pytest.CaptureFixture[str]) -> None:
    args = [
        "eval",
        "--split",
        "dev",
        "--limit",
        "8",
        "--json",
        "--show-failures",
        "--corpus",
        str(built.corpus),
        "--index",
        str(built.index),
    ]
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert exit_info.value.code == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data["overall"]) == set(MEASURES)
    assert data["n_questions"] == 8
    assert "abstention_accuracy" in data["answers"] and "gold_rate" in data["answers"]
    assert "failures" in data


def test_eval_on_the_generated_set_reports_reliability(
    built, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["eval", "--questions", str(ROOT / "eval" / "generated.jsonl"), "--split", "generated"]
    args += ["--limit", "24", "--json", "--corpus", str(built.corpus), "--index", str(built.index)]
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert exit_info.value.code == 0
    data = json.loads(capsys.readouterr().out)
    rows = {row["label"]: row for row in data["reliability"]}
    assert set(rows) == {"high", "medium", "low", "abstained"}
    assert sum(row["count"] for row in rows.values()) == 24
    answered = data["answers"]["answerable"] - data["answers"]["abstained_answerable"]
    answered += data["answers"]["unanswerable"] - data["answers"]["abstained_unanswerable"]
    assert sum(rows[k]["count"] for k in ("high", "medium", "low")) == answered
    changes = data["abstained_by_change"]
    assert "org_swap" in changes
    assert sum(c["unanswerable"] for c in changes.values()) == data["answers"]["unanswerable"]


def test_eval_compare_command(built, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bm25 = tmp_path / "bm25.toml"
    bm25.write_text('mode = "bm25"\n')
    args = [
        "eval",
        "--config",
        str(bm25),
        "--against",
        str(ROOT / "eval/configs/default.toml"),
        "--split",
        "test",
        "--limit",
        "10",
        "--json",
        "--corpus",
        str(built.corpus),
        "--index",
        str(built.index),
    ]
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert exit_info.value.code == 0
    data = json.loads(capsys.readouterr().out)
    assert data["a"] == "bm25" and data["b"] == "default"
    for m in data["metrics"]:
        assert 0.0 <= m["p_value"] <= 1.0
        assert m["wins"] + m["ties"] + m["losses"] == data["n_questions"]


def test_eval_rejects_bad_split_and_unknown_setting(
    built, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["eval", "--split", "nope", "--index", str(built.index)])
    assert exit_info.value.code == 2
    bad = tmp_path / "bad.toml"
    bad.write_text("no_such_setting = 1\n")
    with pytest.raises(SystemExit) as exit_info:
        main(["eval", "--config", str(bad), "--index", str(built.index)])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and "no_such_setting" in err[-1] and "bad.toml" in err[-1]
