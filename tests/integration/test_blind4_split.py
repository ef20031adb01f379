"""The fourth blind set (eval/blind4.md): its two halves are the seeded split of
eval/blind4_source.jsonl by ``eval/split_blind3.py --set blind4`` (never edited by hand), of
equal size and mix by persona, and none of its questions repeats a question of another answer
set (the test split is not read)."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from eval_scripts import load_eval_script

EVAL = Path(__file__).resolve().parents[2] / "eval"
PERSONAS = {"journalist", "researcher", "adviser", "citizen"}


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _key(question: str) -> str:
    return " ".join(re.findall(r"\w+", question.casefold()))


def test_the_halves_are_the_seeded_split_of_the_source() -> None:
    script = load_eval_script("split_blind3")
    source_path, design_path, holdout_path = script.paths("blind4")
    seed, keys = script.SETS["blind4"]
    source = _rows(source_path)
    design, holdout = script.split(source, seed, keys)
    assert _rows(design_path) == design and _rows(holdout_path) == holdout
    assert len(design) == len(holdout) == 55
    assert {r["id"] for r in design} | {r["id"] for r in holdout} == {r["id"] for r in source}
    assert script.split(source, seed + 1, keys)[0] != design  # a seed, not a hand choice


def test_the_set_has_four_personas_and_both_halves_share_the_mix() -> None:
    source = _rows(EVAL / "blind4_source.jsonl")
    assert len(source) == 110 and {r["persona"] for r in source} == PERSONAS
    answerable = sum(r["answerable"] for r in source)
    assert 70 <= answerable <= 80 and len(source) - answerable >= 30
    for persona, count in Counter(r["persona"] for r in source).items():
        assert 25 <= count <= 30, persona
    assert {r["lang"] for r in source if r["persona"] == "researcher"} == {"en"}
    assert {r["lang"] for r in source if r["persona"] in ("adviser", "citizen")} == {"nl"}
    mix = {
        name: Counter((r["answerable"], r["persona"]) for r in _rows(EVAL / f"blind4_{name}.jsonl"))
        for name in ("design", "holdout")
    }
    for key in mix["design"] | mix["holdout"]:
        assert abs(mix["design"][key] - mix["holdout"][key]) <= 1, key


def test_no_question_repeats_one_of_another_set() -> None:
    others: set[str] = set()
    for path in EVAL.glob("*.jsonl"):
        if path.name.startswith("blind4_"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            if isinstance(row, dict) and "question" in row and row.get("split") != "test":
                others.add(_key(row["question"]))
    repeated = [
        r["id"] for r in _rows(EVAL / "blind4_source.jsonl") if _key(r["question"]) in others
    ]
    assert not repeated


def test_persona_figures_count_each_persona_from_a_dump() -> None:
    script = load_eval_script("persona_figures")
    rows = _rows(EVAL / "blind4_design.jsonl")
    # every answerable question answered with gold, every unanswerable one abstained on
    dump = {
        f"blind4_design:{r['id']}": {"abstained": not r["answerable"], "has_gold": r["answerable"]}
        for r in rows
    }
    counts = script.persona_counts(dump, "blind4_design")
    assert set(counts) == PERSONAS
    for persona, c in counts.items():
        mine = [r for r in rows if r["persona"] == persona]
        assert c["answerable"] == c["gold"] == sum(r["answerable"] for r in mine)
        assert c["unanswerable"] == c["abstained"] == len(mine) - c["answerable"]
        assert c["false_abstentions"] == 0
