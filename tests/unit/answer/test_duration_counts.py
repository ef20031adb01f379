"""Rule duration_count_read (answer/durations.py ``counted_unit``, read by rule property_tied):
every row of tests/data/duration_counts.toml (written by eval/make_duration_counts.py) - a
question that counts a unit of time ("how many months", "hoeveel weken") asks a length in that
unit, not a count of things; a count of things asks none. No index."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
TABLE_PATH = ROOT / "tests" / "data" / "duration_counts.toml"
ROWS = tomllib.loads(TABLE_PATH.read_text("utf-8"))["row"]


def _unit(question: str) -> str:
    try:
        from lrt_search.answer.durations import counted_unit
    except ImportError:  # before the rule: no question counts a unit of time
        return ""
    return (counted_unit(question) or "").lower()


def test_the_table_is_written_by_its_generator() -> None:
    before = TABLE_PATH.read_text("utf-8")
    subprocess.run([sys.executable, str(ROOT / "eval" / "make_duration_counts.py")], check=True)
    assert TABLE_PATH.read_text("utf-8") == before
    assert {r["kind"] for r in ROWS} == {"alone", "appended", "more", "things"}


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['kind']}:{r['question']}" for r in ROWS])
def test_every_row_asks_the_length_the_table_says(row: dict) -> None:
    assert _unit(row["question"]) == row["unit"]


def test_blind28_class_11() -> None:
    question = "how long is the waiting time for a house for statushouder in 2025, how many months?"
    assert _unit(question) == "months"


@pytest.mark.parametrize(
    ("text", "unit", "stated"),
    [
        ("De wachttijd is gemiddeld zes maanden.", "maanden", True),
        ("Dat duurt ruim twee jaar.", "months", True),
        ("Binnen zes weken komt er een besluit.", "maanden", True),
        ("Een volgend LRT zal wat langer zijn dan 1 uur.", "months", False),
        ("De taakstelling wordt bijgesteld van 17.700 naar 15.000.", "months", False),
        ("binnen paar dagen", "weeks", True),
        ("binnen paar dagen", "years", False),
    ],
)
def test_a_length_in_the_counted_unit_or_one_a_step_from_it(
    text: str, unit: str, stated: bool
) -> None:
    from lrt_search.answer.durations import states_length_in

    assert states_length_in(text, unit) is stated


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_refusal_renders_with_its_counted_unit(lang: str) -> None:
    from lrt_search.answer.messages import render

    text = render("no_length", {"subject": "wachttijd", "counted": "maanden"}, lang)
    assert "wachttijd" in text
