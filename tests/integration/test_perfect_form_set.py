"""The perfect-form set (eval/perfect_form.jsonl): the reworded set's Dutch questions asked in
the Dutch perfect, regenerated identically, and read by rule ``topic_after_perfect``."""

from __future__ import annotations

import json
from pathlib import Path

from eval_scripts import load_eval_script

from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import read_question

ROOT = Path(__file__).resolve().parents[2]
PERFECT = ROOT / "eval" / "perfect_form.jsonl"


def test_regenerating_gives_the_committed_file(tmp_path: Path) -> None:
    make = load_eval_script("make_perfect_form")
    out = tmp_path / "perfect_form.jsonl"
    make.write(make.build(), out)
    same = out.read_text(encoding="utf-8") == PERFECT.read_text(encoding="utf-8")
    assert same, "eval/perfect_form.jsonl is stale: python eval/make_perfect_form.py"


def test_most_perfect_questions_have_their_topic_read() -> None:
    rows = [json.loads(line) for line in PERFECT.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 150 and {r["answerable"] for r in rows} == {True, False}
    read = [read_question(r["question"], OrgTable.default()).topic for r in rows]
    same = sum(t.lower() == r["topic"].lower() for t, r in zip(read, rows, strict=True))
    assert same >= 0.9 * len(rows)
