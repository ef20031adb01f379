"""The statement side of the property checks (issue 16, session 25 task G2): every statement of
tests/data/property_forms.toml (written by eval/make_property_forms.py) is read by each quote
check's reader as stating the properties the table says it states, and as not stating those
it says it does not state; no index needed."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

from lrt_search.answer.asked_detail import states_frequency, states_rate
from lrt_search.answer.durations import states_duration, states_length
from lrt_search.answer.evidence import states_money, states_percentage
from lrt_search.answer.property_tied import states_time
from lrt_search.answer.shape import answers_shape
from lrt_search.lexicon.wordlists import words

ROOT = Path(__file__).resolve().parents[3]
TABLE_PATH = ROOT / "tests" / "data" / "property_forms.toml"
ROWS = tomllib.loads(TABLE_PATH.read_text("utf-8"))["row"]
UNITS = words("frequencies", "rate_units")

#: The reader of each property, as the quote checks call it.
READERS: dict[str, Callable[[str], bool]] = {
    "time": states_time,
    "period": lambda text: states_time(text, halves=True),  # "voor welke periode"
    "duration": states_duration,
    "length": lambda text: states_length(text, states_time),
    "count": lambda text: answers_shape(text, set(), set(), True, None),
    "amount": states_money,
    "percentage": states_percentage,
    "frequency": states_frequency,
}


def _reads(prop: str, text: str) -> bool:
    """Whether the reader of ``prop`` ("rate": of any unit) reads it in ``text``."""
    if prop.startswith("count:"):  # what the question counts: a word starting with <noun>
        noun = prop.removeprefix("count:")
        return answers_shape(text, set(), set(), True, lambda w: w.lower().startswith(noun))
    if prop.startswith("rate"):
        units = [prop.removeprefix("rate:")] if ":" in prop else UNITS
        return any(states_rate(text, unit) for unit in units)
    return READERS[prop](text)


def test_the_table_is_written_by_its_generator() -> None:
    before = TABLE_PATH.read_text("utf-8")
    subprocess.run([sys.executable, str(ROOT / "eval" / "make_property_forms.py")], check=True)
    assert TABLE_PATH.read_text("utf-8") == before
    assert len(ROWS) > 200


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['lang']}:{r['statement']}" for r in ROWS])
def test_every_statement_states_what_the_table_says(row: dict[str, object]) -> None:
    text = str(row["statement"])
    wrong = [p for p in row["states"] if not _reads(p, text)]  # type: ignore[attr-defined]
    wrong += [f"not {p}" for p in row["not_states"] if _reads(p, text)]  # type: ignore[attr-defined]
    assert not wrong, wrong
