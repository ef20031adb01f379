"""The discussion-form set (eval/discussion_form.jsonl): the reworded set's questions naming
an organisation asked with a verb of discussing and no word of speech, regenerated identically,
and read by rule ``discussion_speaks`` (the organisation is the speaker)."""

from __future__ import annotations

import json
from pathlib import Path

from eval_scripts import load_eval_script

from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules

ROOT = Path(__file__).resolve().parents[2]
DISCUSSION = ROOT / "eval" / "discussion_form.jsonl"


def test_regenerating_gives_the_committed_file(tmp_path: Path) -> None:
    make = load_eval_script("make_discussion_form")
    out = tmp_path / "discussion_form.jsonl"
    make.write(make.build(), out)
    same = out.read_text(encoding="utf-8") == DISCUSSION.read_text(encoding="utf-8")
    assert same, "eval/discussion_form.jsonl is stale: python eval/make_discussion_form.py"


def test_most_discussion_questions_have_their_speaker_read() -> None:
    rows = [json.loads(line) for line in DISCUSSION.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 150 and {r["answerable"] for r in rows} == {True, False}
    table = OrgTable.default()

    def share(rules: SpeakerRules) -> float:
        read = [read_question(r["question"], table, rules=rules).speaker for r in rows]
        return sum(s == (r["org"],) for s, r in zip(read, rows, strict=True)) / len(rows)

    assert share(SpeakerRules()) >= 0.9
    assert share(SpeakerRules(discussion_speaks=False)) <= 0.5
