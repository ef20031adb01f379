"""eval/reading_scan.py: the readable sets never hold a held-out set or the test split, and the
AFFECTED lines it writes are read back by eval/affected_ask.py's parser."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[3] / "eval"
if str(EVAL) not in sys.path:
    sys.path.insert(0, str(EVAL))

import affected_ask  # noqa: E402
import reading_scan  # noqa: E402


def _question(qid: str, split: str, answerable: bool, gold: bool) -> str:
    quote = [{"date": "2023-11-03", "quote": "een citaat"}] if gold else []
    row = {"id": qid, "question": f"vraag {qid}", "lang": "nl", "type": "t", "split": split}
    return json.dumps(row | {"answerable": answerable, "gold": quote})


@pytest.fixture
def registry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [
        _question("d1", "dev", True, True),
        _question("d2", "dev", True, False),
        _question("d3", "dev", False, False),
        _question("t1", "test", True, True),
    ]
    file = tmp_path / "q.jsonl"
    file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    sets = {
        "alpha": (file, "dev"),
        "beta_holdout": (file, "dev"),
        "gamma": (file, "test"),
        "delta": (file, "all"),
    }
    monkeypatch.setattr(reading_scan, "SETS", sets)


@pytest.mark.usefixtures("registry")
def test_held_out_and_test_are_never_yielded() -> None:
    read = dict(reading_scan.readable_sets())
    assert sorted(read) == ["alpha", "delta"]
    assert all(q.split != "test" for qs in read.values() for q in qs)
    assert [q.id for q in read["delta"]] == ["d1", "d2", "d3"]
    assert dict(reading_scan.readable_sets("delta,beta_holdout")).keys() == {"delta"}


@pytest.mark.usefixtures("registry")
def test_flags_and_lines() -> None:
    flags = {q.id: reading_scan.flags(q) for _, qs in reading_scan.readable_sets() for q in qs}
    assert flags == {"d1": "GA", "d2": "A", "d3": "U"}
    lines = reading_scan.affected_lines(lambda name, q: name == "alpha" or q.id == "d3")
    assert lines == ["alpha 3 d1GA d2A d3U", "delta 1 d3U"]
    assert reading_scan.affected_lines(lambda name, q: False) == []


@pytest.mark.usefixtures("registry")
def test_lines_round_trip_through_affected_ask(tmp_path: Path) -> None:
    lines = reading_scan.affected_lines(lambda name, q: q.id != "d2")
    out = tmp_path / "AFFECTED.txt"
    reading_scan.write_affected(out, lines)
    text = out.read_text(encoding="utf-8")
    assert text.endswith("\n") and text.count("\n") == len(lines)
    assert affected_ask.parse_affected(text) == [("alpha", {"d1", "d3"}), ("delta", {"d1", "d3"})]
