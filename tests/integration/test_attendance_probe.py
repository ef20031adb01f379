"""The attendance probe (eval/attendance_probe.jsonl): "who was there for X" in six forms for
every entry of every attendee list of the bundled minutes, regenerated identically."""

from __future__ import annotations

import json
from pathlib import Path

from eval_scripts import load_eval_script

from lrt_search.service import Engine

ROOT = Path(__file__).resolve().parents[2]
PROBE = ROOT / "eval" / "attendance_probe.jsonl"


def test_regenerating_gives_the_committed_file(engine: Engine) -> None:
    make = load_eval_script("make_attendance_probe")
    same = make.text_of(make.build(engine)) == PROBE.read_text(encoding="utf-8")
    assert same, "eval/attendance_probe.jsonl is stale: python eval/make_attendance_probe.py"


def test_every_form_for_every_meeting_and_an_organisation_never_listed() -> None:
    rows = [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines()]
    forms = {r["form"] for r in rows}
    assert len(forms) == 6 and {r["lang"] for r in rows} == {"nl", "en"}
    unanswerable = [r for r in rows if not r["answerable"]]
    assert len(unanswerable) == 5 * len(forms)
    assert all("Nidos" in r["question"] for r in unanswerable)
    assert all(r["gold"][0]["quote"].endswith(")") for r in rows if r["answerable"])
