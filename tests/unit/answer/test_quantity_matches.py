"""Rule quantity_matches_read (answer/quantity_matches.py): every row of
tests/data/quantity_matches.toml (written by eval/make_quantity_matches.py) - an amount question
and a statement in the minutes' number forms - is read as the table says: the statement gives
the amount asked or does not; no index needed. Without the rule the readers fail some rows."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

from lrt_search.answer.durations import states_length
from lrt_search.answer.evidence import states_money, states_percentage
from lrt_search.answer.property_tied import states_time
from lrt_search.answer.quantity_matches import (
    AmountAsked,
    amount_asked,
    asked_flow,
    length_given,
    without_other_flow,
    without_other_units,
)
from lrt_search.answer.shape import answers_shape

ROOT = Path(__file__).resolve().parents[3]
TABLE_PATH = ROOT / "tests" / "data" / "quantity_matches.toml"
ROWS = tomllib.loads(TABLE_PATH.read_text("utf-8"))["row"]


def _counted(stems: list[str]) -> Callable[[str], bool] | None:
    """A word is the counted noun when it starts with a stem of the row (the index's matcher)."""
    if not stems:
        return None
    return lambda w: any(w.lower().startswith(s) for s in stems)


def _gives(row: dict[str, object], on: bool) -> bool:
    """Whether the readers, as the quote checks call them, read the row's statement as giving
    the amount its question asks (``on``: rule quantity_matches_read)."""
    text, unit = str(row["statement"]), row["unit"]
    counted = _counted(list(row["counted"]))  # type: ignore[call-overload]
    if unit == "money":
        return states_money(text)
    if unit == "share":
        return states_percentage(text)
    if counted is None:  # "hoe lang", "how long"
        return states_length(text, states_time)
    asked = amount_asked(str(row["question"])) if on else None
    return answers_shape(text, set(), set(), True, counted, True, True, True, asked)


def test_the_table_is_written_by_its_generator() -> None:
    before = TABLE_PATH.read_text("utf-8")
    subprocess.run([sys.executable, str(ROOT / "eval" / "make_quantity_matches.py")], check=True)
    assert TABLE_PATH.read_text("utf-8") == before
    assert len(ROWS) >= 200


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['question']}|{r['statement']}" for r in ROWS])
def test_every_statement_gives_what_the_table_says(row: dict[str, object]) -> None:
    assert _gives(row, True) == row["gives"]
    asked = amount_asked(str(row["question"]))
    assert asked.time == (row["unit"] == "time" and bool(row["counted"]))
    if row["unit"] == "count":  # the stock or flow a count of people asks
        assert asked.flow == (row["flow"] or None)


def test_without_the_rule_some_rows_fail() -> None:
    assert sum(_gives(r, False) != r["gives"] for r in ROWS) >= 30


def test_the_clause_of_the_other_flow_is_blanked() -> None:
    text = "De komende periode zullen 7.500 statushouders uitstromen, 13.500 wonen in azc's."
    assert "7.500" not in without_other_flow(text, "stock")
    assert "13.500" in without_other_flow(text, "stock")
    assert without_other_flow(text, None) == text
    assert len(without_other_flow(text, "flow")) == len(text)


def test_money_and_lengths_are_no_count_of_a_noun() -> None:
    assert "30.000" not in without_other_units("Gemeenten ontvangen € 30.000 per statushouder.")
    assert "zes" not in without_other_units("Gemeenten krijgen zes weken.")
    assert "1.500" in without_other_units("Er zijn 1.500 plekken nodig.")


def test_a_unit_of_time_counted_is_any_length() -> None:
    years = amount_asked("Hoeveel jaar duurt het?")
    assert years == AmountAsked(True, None)
    assert length_given("De richtlijn wordt met drie maanden verlengd.", years) is True
    assert length_given("Dit jaar moeten nog 13.000 statushouders ...", years) is False
    assert amount_asked("Met hoeveel tijd wordt het verlengd?").time
    assert amount_asked("How many more months will it take?").time
    places = amount_asked("Hoeveel tijdelijke plekken levert de regeling op?")
    assert not places.time and length_given("1.500 plekken", places) is None


def test_the_flow_asked() -> None:
    assert asked_flow("Hoeveel statushouders wonen er in de azc's?") == "stock"
    assert asked_flow("How many asylum applications were made?") == "flow"
    assert asked_flow("Hoeveel plekken zijn er nodig?") is None
