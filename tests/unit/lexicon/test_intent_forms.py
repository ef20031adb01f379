"""The table of intent forms (tests/data/intent_forms.toml, written by
eval/make_intent_forms.py; issue 16, session 24 task G2): every form in which a question asks
for what decides a check (a time, a length, a count, an amount, a percentage, the chair, who
attended, why, yes or no, a timeline, what was agreed) reads the intents of its row, as ``ask``
reads them, and none of those it must not read. No index needed."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

from lrt_search.answer.durations import asks_duration, asks_length
from lrt_search.answer.number_forms import money_asked
from lrt_search.answer.property_tied import asks_time
from lrt_search.config import Settings
from lrt_search.lexicon.intents import asks
from lrt_search.search.abbreviations import drop_fillers

ROOT = Path(__file__).resolve().parents[3]
TABLE = tomllib.loads((ROOT / "tests" / "data" / "intent_forms.toml").read_text("utf-8"))["row"]


def _count(q: str, english: bool) -> bool:
    return asks("quantity", q) or asks("cost_asked", q) or asks("quantity_noun", q)


#: Each intent of the table -> how ``ask`` reads it (the reader that decides its check).
READERS: dict[str, Callable[[str, bool], bool]] = {
    "when": lambda q, en: asks_time(q, durations=False, trailing=True),
    "duration": lambda q, en: asks_duration(q) or asks_length(q),
    "count": _count,
    "money": lambda q, en: _count(q, en) and asks("money", q) and money_asked(Settings(), q, en),
    "percent": lambda q, en: _count(q, en) and asks("percent", q),
    "chair": lambda q, en: asks("chair", q),
    "attendance": lambda q, en: asks("attendance_asked", q),
    "why": lambda q, en: asks("why", q) or asks("cause", q),
    "yes_no": lambda q, en: asks("yes_no", q),
    "timeline": lambda q, en: asks("timeline", q),
    "agreed": lambda q, en: asks("agreed", q),
    "actions": lambda q, en: asks("actions", q),
    "decided": lambda q, en: asks("decided", q),
    "meeting_time": lambda q, en: asks("meeting_time", q),
}


def read(question: str, english: bool) -> set[str]:
    """The intents of the table that ``question`` reads, its spoken fillers dropped first as
    ``ask`` drops them (rule ``intent_forms_read``)."""
    question = drop_fillers(question)
    return {name for name, reader in READERS.items() if reader(question, english)}


def misreads() -> list[str]:
    """Every row whose reading lacks an intent it must read or has one it must not."""
    out = []
    for row in TABLE:
        got = read(row["question"], row["language"] == "en")
        missing = set(row["reads"]) - got
        extra = set(row["not"]) & got
        if missing or extra:
            out.append(f"{row['question']!r}: missing {sorted(missing)}, extra {sorted(extra)}")
    return out


def test_table_covers_every_intent() -> None:
    assert {r["intent"] for r in TABLE} - {""} == set(READERS)
    registers = {"formal", "informal", "box", "spoken", "negative", "clause"}
    assert {r["register"] for r in TABLE} >= registers
    assert len(TABLE) >= 1000


def test_every_form_read() -> None:
    bad = misreads()
    assert not bad, f"{len(bad)} of {len(TABLE)} misread:\n" + "\n".join(bad[:60])


@pytest.mark.parametrize("intent", sorted(READERS))
def test_readers_agree_on_a_plain_form(intent: str) -> None:
    rows = [r for r in TABLE if r["intent"] == intent and r["register"] == "formal"]
    assert any(set(r["reads"]) <= read(r["question"], r["language"] == "en") for r in rows)
