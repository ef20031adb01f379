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


def test_held_reads_the_corpus_meeting_days() -> None:
    import datetime as dt

    first, last = reading_scan.DAYS[0], reading_scan.DAYS[-1]
    assert sorted(reading_scan.DAYS) == reading_scan.DAYS and first == dt.date(2022, 7, 8)
    assert reading_scan.held(first, first) and reading_scan.held(None, None)
    assert not reading_scan.held(first + dt.timedelta(days=1), first + dt.timedelta(days=2))
    assert not reading_scan.held(last + dt.timedelta(days=1), None)


def test_rule_differs_prints_and_reads_as_ask(capsys: pytest.CaptureFixture[str]) -> None:
    from lrt_search.evaluation import Question
    from lrt_search.search.query import SpeakerRules

    text = "Wat meldde het VB in april 2023 over de opvang van ontheemden per 1 januari 2024?"
    q = Question("x1", text, "nl", "t", "dev", True, ())
    read = reading_scan.question_reader()
    assert str(read(text).since) == "2023-04-01"
    words = reading_scan.question_reader(date_words=True)("Wat zei de VNG op drie november 2023?")
    assert str(words.since) == str(words.until) == "2023-11-03"
    same = reading_scan.rule_differs(SpeakerRules(), SpeakerRules(), lambda p: p.since)
    assert not same("alpha", q) and capsys.readouterr().out == ""
    off = SpeakerRules(date_roles_read=False)
    assert reading_scan.rule_differs(None, off, lambda p: p.since)("alpha", q)
    assert capsys.readouterr().out == f"alpha\tx1\tA\t{text}\t2024-01-01\t->\t2023-04-01\n"
    fields = reading_scan.shown_fields(read(text))
    assert "text" not in fields and fields["since"] == "datetime.date(2023, 4, 1)"


@pytest.mark.usefixtures("registry")
def test_tree_scan_dumps_and_compares(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dump, out = tmp_path / "base.json", tmp_path / "AFFECTED.txt"
    assert reading_scan.tree_scan(lambda text: {"t": text}, ["--dump", str(dump)]) == 0
    assert reading_scan.tree_scan(lambda text: {"t": text}, [str(dump), str(out)]) == 0
    assert out.read_text(encoding="utf-8") == "\n"
    changed = {"vraag d3": {"t": "anders"}}
    reading_scan.tree_scan(lambda text: changed.get(text, {"t": text}), [str(dump), str(out)])
    assert out.read_text(encoding="utf-8") == "alpha 1 d3U\ndelta 1 d3U\n"
    assert "'t': 'vraag d3 -> anders'" in capsys.readouterr().out
