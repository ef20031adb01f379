"""Evaluating a code change: saved runs (`eval --save-run` / `--against-run`), TREC output read
back by ir-measures, several configurations in one Holm-corrected table at 80 columns."""

from __future__ import annotations

import io
import json
from pathlib import Path

import ir_measures
import pytest
from rich.console import Console

from lrt_search.evaluation import MEASURES, compare_many, holm
from lrt_search.interfaces.cli import main
from lrt_search.interfaces.render import render_comparisons

ROOT = Path(__file__).resolve().parents[2]


def _eval(built, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    base = ["eval", "--split", "dev", "--limit", "12", "--corpus", str(built.corpus)]
    with pytest.raises(SystemExit) as exit_info:
        main([*base, "--index", str(built.index), *args])
    captured = capsys.readouterr()
    return int(exit_info.value.code or 0), captured.out, captured.err


def test_holm_known_values() -> None:
    # Textbook example: sorted p 0.01, 0.03, 0.04 times 3, 2, 1, then made monotone.
    assert holm([0.04, 0.01, 0.03]) == pytest.approx([0.06, 0.03, 0.06])
    assert holm([0.5, 0.9]) == pytest.approx([1.0, 1.0])
    assert holm([]) == []


def test_saved_run_holds_rankings_answers_commit_and_settings(
    built, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = tmp_path / "main.json"
    code, _, _ = _eval(built, capsys, "--save-run", str(saved), "--json")
    assert code == 0
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["commit"] and data["settings"]["mode"] == "hybrid"
    assert len(data["per_question"]) >= 8
    for qid, docs in data["ranking"].items():
        assert docs and all(isinstance(d, str) and isinstance(s, float) for d, s in docs)
        assert [s for _, s in docs] == sorted((s for _, s in docs), reverse=True)
        assert set(data["per_question"][qid]) == set(MEASURES)
    assert all({"abstained", "confidence", "quotes"} <= set(a) for a in data["answers"].values())

    # The same code against its own saved run: every question ties.
    code, out, _ = _eval(built, capsys, "--against-run", str(saved), "--json")
    assert code == 0
    same = json.loads(out)
    assert all(m["wins"] == 0 and m["losses"] == 0 for m in same["metrics"])

    # A changed ranking against the saved run gives the differences of a config comparison.
    dense = tmp_path / "dense.toml"
    dense.write_text('mode = "dense"\n')
    code, out, _ = _eval(
        built, capsys, "--against-run", str(saved), "--config", str(dense), "--json"
    )
    by_run = {m["metric"]: m["diff"] for m in json.loads(out)["metrics"]}
    default = ROOT / "eval/configs/default.toml"
    code, out, _ = _eval(built, capsys, "--config", str(default), "--against", str(dense), "--json")
    by_config = {m["metric"]: m["diff"] for m in json.loads(out)["metrics"]}
    assert by_run == pytest.approx(by_config)
    assert any(abs(v) > 0 for v in by_run.values())


def test_trec_files_are_read_by_ir_measures(
    built, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_dir = tmp_path / "trec"
    code, out, err = _eval(built, capsys, "--trec-out", str(out_dir), "--json")
    assert code == 0 and "qrels.txt" in err
    report = json.loads(out)
    qrels = list(ir_measures.read_trec_qrels(str(out_dir / "qrels.txt")))
    run = list(ir_measures.read_trec_run(str(out_dir / "default.run")))
    values = ir_measures.calc_aggregate([MEASURES["R@5"], MEASURES["nDCG@10"]], qrels, run)
    assert values[MEASURES["R@5"]] == pytest.approx(report["overall"]["R@5"], abs=1e-4)
    assert values[MEASURES["nDCG@10"]] == pytest.approx(report["overall"]["nDCG@10"], abs=1e-4)


def test_several_configs_in_one_table_at_80_columns(
    built, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    configs = ROOT / "eval" / "configs"
    args = ["--against", str(configs / "bm25.toml"), "--against", str(configs / "dense.toml")]
    code, out, _ = _eval(built, capsys, *args)
    assert code == 0
    assert "Holm over 2 configurations" in out and "B = bm25" in out and "B = dense" in out
    assert all(len(line) <= 80 for line in out.splitlines())


def test_comparison_table_fits_80_columns_with_long_numbers() -> None:
    a = {f"q{i}": dict.fromkeys(MEASURES, float(i % 2)) for i in range(300)}
    b = {f"q{i}": dict.fromkeys(MEASURES, float(i % 3 == 0)) for i in range(300)}
    comparisons = compare_many(("a-rather-long-baseline-name", a), [("other", b)], resamples=200)
    buffer = io.StringIO()
    render_comparisons(comparisons, Console(file=buffer, width=80))
    lines = buffer.getvalue().splitlines()
    assert len(lines) == 4 + len(MEASURES) + 1  # the first line wraps
    assert all(len(line) <= 80 for line in lines), max(lines, key=len)
    assert comparisons[0].metrics[0].p_holm == comparisons[0].metrics[0].p_value


def test_bad_run_file_is_one_line_error(
    built, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"}')
    code, _, err = _eval(built, capsys, "--against-run", str(bad))
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "bad.json" in lines[0]
