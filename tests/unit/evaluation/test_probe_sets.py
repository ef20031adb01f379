"""Integrity of the hand-written answer sets of ``eval/answer_sets.toml`` (the probes): every
gold quote occurs exactly once in the corpus, in the minutes of its date; answerable questions
have gold and unanswerable ones none; ids are unique."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest

from lrt_search.lexicon.textnorm import normalize_for_match

ROOT = Path(__file__).resolve().parents[3]
with (ROOT / "eval" / "answer_sets.toml").open("rb") as _registry:
    _TABLES = tomllib.load(_registry)
# the halves of each blind set ([[blind]] tables): answer sets asked whole, with or without a
# [[set]] table of their own; those of a set with personas carry a ``persona`` key
_HALVES = {
    f"{b['name']}_{part}.jsonl": bool(b.get("personas"))
    for b in _TABLES.get("blind", [])
    for part in ("design", "holdout")
}
# every hand-written answer set asked whole (split "all") of the registry
PROBES = [ROOT / "eval" / s["file"] for s in _TABLES["set"] if s["split"] == "all"]
PROBES += [ROOT / "eval" / f for f in _HALVES if ROOT / "eval" / f not in PROBES]
PERSONA_FILES = {f for f, personas in _HALVES.items() if personas}
KEYS = {"id", "question", "lang", "type", "split", "answerable", "gold"}


def _corpus() -> dict[str, str]:
    return {
        p.name[:10]: normalize_for_match(p.read_text(encoding="utf-8"))
        for p in sorted((ROOT / "corpus").glob("*.txt"))
    }


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def test_the_second_blind_probe_is_among_the_checked_sets() -> None:
    assert ROOT / "eval" / "blind2_probe.jsonl" in PROBES


@pytest.mark.parametrize("path", PROBES, ids=[p.name for p in PROBES])
def test_probe_set_schema_and_gold(path: Path) -> None:
    corpus = _corpus()
    rows = _rows(path)
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), path.name
    for r in rows:
        persona = {"persona"} if path.name in PERSONA_FILES else set()
        form = {"form"} if path.name == "attendance_probe.jsonl" else set()  # generated
        if path.name == "searchbox_spelling_probe.jsonl":  # misspelled or capitalised
            persona = {"style"}
        if path.name == "period_probe.jsonl":  # generated: the period's form, and no_meeting
            form = {"form", "change"}
        assert set(r) == KEYS | persona | form, r["id"]
        assert r["lang"] in {"nl", "en"}, r["id"]
        assert bool(r["gold"]) == r["answerable"], r["id"]
        for g in r["gold"]:
            quote = normalize_for_match(g["quote"])
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["date"]), r["id"]
            assert corpus.get(g["date"], "").count(quote) == 1, (r["id"], g["quote"])
            if not form:  # an attendee entry stands in every meeting's list: its date says
                assert sum(text.count(quote) for text in corpus.values()) == 1, (r["id"], quote)


def test_blind2_probe_size_and_languages() -> None:
    rows = _rows(ROOT / "eval" / "blind2_probe.jsonl")
    answerable = [r for r in rows if r["answerable"]]
    assert len(answerable) >= 45 and len(rows) - len(answerable) >= 15
    english = sum(r["lang"] == "en" for r in rows) / len(rows)
    assert 0.28 <= english <= 0.45, english
