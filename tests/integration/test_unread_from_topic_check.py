"""Issue 16, rule ``unread_from_topic_check``: the "not understood" note reads the topic check
the gates read. A word the check finds (through a translation's compound, a synonym) is not
listed as in neither the minutes nor the glossary; a word the check finds lacking is listed.
Switched off to show the disagreement it removes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from switched import switched

from lrt_search.evaluation.unread_agreement import disagreement
from lrt_search.service import Engine

EVAL = Path(__file__).resolve().parents[2] / "eval"
SETS = ("english_gap_probe.jsonl", "clause_opener_probe.jsonl", "blind_probe.jsonl")


def _questions() -> list[str]:
    return [
        json.loads(line)["question"]
        for name in SETS
        for line in (EVAL / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def test_the_note_agrees_with_the_topic_check(engine: Engine) -> None:
    found = [d for q in _questions() if (d := disagreement(engine, q)) is not None]
    assert not found, found


@pytest.mark.parametrize(
    "question",
    [
        "Will the moratorium for Syrians probably be extended in March 2025?",
        "Denkt de VNG dat er genoeg huizen zijn voor statushouders?",
    ],
)
def test_a_word_found_by_the_check_is_not_listed(engine: Engine, question: str) -> None:
    assert disagreement(engine, question) is None
    off = disagreement(switched(engine, unread_from_topic_check=False), question)
    assert off is not None and off.found_listed, off


def test_a_glossary_term_the_minutes_lack_is_noted_as_absent(engine: Engine) -> None:
    question = (
        "Will the moratorium on evictions of tenants probably be extended, according to the "
        "March 2025 minutes?"
    )
    answer = engine.ask(question)
    assert answer.reason_code == "topic_absent", answer.reason
    kinds = {u["kind"]: u["text"] for u in answer.unread}
    assert "tenants" in kinds.get("absent", ""), answer.unread
    assert "moratorium" in kinds.get("words", ""), answer.unread
