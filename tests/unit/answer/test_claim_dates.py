"""Rule ``claim_numbers_undated``: the table of claims with a number beside a date in every
written form (tests/data/claim_dates.toml, written by eval/make_claim_dates.py) reads as
claiming exactly its number, and no number of the date counts among the words around it."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from dataclasses import replace
from pathlib import Path

import pytest

from lrt_search.answer.claim_detail import claim_mentions, near_numbers
from lrt_search.answer.claim_forms import claim_reading
from lrt_search.config import Settings
from lrt_search.index.analysis import is_english
from lrt_search.search.date_forms import date_spans

ROOT = Path(__file__).resolve().parents[3]
TABLE_PATH = ROOT / "tests" / "data" / "claim_dates.toml"
ROWS = tomllib.loads(TABLE_PATH.read_text("utf-8"))["row"]


def test_the_table_is_written_by_its_generator() -> None:
    before = TABLE_PATH.read_text("utf-8")
    subprocess.run([sys.executable, str(ROOT / "eval" / "make_claim_dates.py")], check=True)
    assert TABLE_PATH.read_text("utf-8") == before


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['lang']}-{r['phrase']}" for r in ROWS])
def test_a_claim_beside_a_date_claims_its_number(row: dict[str, object]) -> None:
    reading = claim_reading(Settings(), row["lang"] == "en")
    found = claim_mentions(str(row["question"]), reading)
    assert [(m.digits, m.share) for m in found] == [(row["digits"], row["share"])]
    assert near_numbers(found[0]) == set()


def _read(question: str, on: bool) -> list[tuple[str, list[str]]]:
    reading = replace(claim_reading(Settings(), is_english(question)), dates=on)
    return [(m.digits, sorted(near_numbers(m))) for m in claim_mentions(question, reading)]


def test_a_date_s_day_is_no_claimed_number_nor_around_one() -> None:
    question = "Is it true that the target was fixed at 13,500 on 8 July 2022?"
    assert _read(question, True) == [("13500", [])]
    assert _read(question, False) == [("13500", ["8"])]
    numeric = "Klopt het dat de taakstelling op 3/11/2023 op 2.000 plekken is vastgesteld?"
    assert _read(numeric, True) == [("2000", [])]
    assert [d for d, _ in _read(numeric, False)] == ["3", "11", "2023", "2000"]


def test_a_year_alone_may_still_count() -> None:
    """Rule count_not_year reads "2000 opvangplekken" as a count; a year is no date span."""
    question = "Was het zo dat er in juli 2022 2000 opvangplekken bij kwamen?"
    assert _read(question, True) == [("2000", [])]
    assert date_spans("in juli 2022 2000 opvangplekken") == [(3, 12)]
