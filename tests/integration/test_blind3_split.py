"""The third blind set (eval/blind3.md): its two halves are the seeded split of
eval/blind3_source.jsonl by eval/split_blind3.py (never edited by hand), of equal size and mix,
and none of its questions repeats a question of another answer set (the test split is not read)."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from eval_scripts import load_eval_script

EVAL = Path(__file__).resolve().parents[2] / "eval"


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _key(question: str) -> str:
    return " ".join(re.findall(r"\w+", question.casefold()))


def test_the_halves_are_the_seeded_split_of_the_source() -> None:
    script = load_eval_script("split_blind3")
    source = _rows(script.SOURCE)
    design, holdout = script.split(source)
    assert _rows(script.DESIGN) == design and _rows(script.HOLDOUT) == holdout
    assert len(design) == len(holdout) == 60
    assert {r["id"] for r in design} | {r["id"] for r in holdout} == {r["id"] for r in source}
    assert script.split(source, seed=script.SEED + 1)[0] != design  # a seed, not a hand choice


def test_the_set_has_the_asked_mix_and_both_halves_share_it() -> None:
    source = _rows(EVAL / "blind3_source.jsonl")
    answerable = sum(r["answerable"] for r in source)
    assert 80 <= answerable <= 90 and len(source) - answerable >= 30
    assert 0.45 <= sum(r["lang"] == "en" for r in source) / len(source) <= 0.55
    mix = {
        name: Counter((r["answerable"], r["lang"]) for r in _rows(EVAL / f"blind3_{name}.jsonl"))
        for name in ("design", "holdout")
    }
    for key in mix["design"] | mix["holdout"]:
        assert abs(mix["design"][key] - mix["holdout"][key]) <= 1, key


def test_no_question_repeats_one_of_another_set() -> None:
    others: set[str] = set()
    for path in EVAL.glob("*.jsonl"):
        if path.name.startswith("blind3_"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            if isinstance(row, dict) and "question" in row and row.get("split") != "test":
                others.add(_key(row["question"]))
    repeated = [
        r["id"] for r in _rows(EVAL / "blind3_source.jsonl") if _key(r["question"]) in others
    ]
    assert not repeated
