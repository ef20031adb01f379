"""Rule ``english_premise_checked`` (off by default: docs/settings.md): every row of the
generated table tests/data/english_premises.toml (eval/make_english_premises.py: English
why-premises of an act on an object written from the minutes' Dutch statements through
FreeDict, and twins with another statement's act) read by the premise check on the statement
text alone (eval/premise_text.py). Off, 18 of the 19 twins are supported (no word of
them is checked); on, every row is read as labelled but the three listed (two true "direct"
rows refused, one "advise" twin supported: FreeDict's senses, not read further)."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "eval"))

from premise_text import TextEngine, supports  # noqa: E402

from lrt_search.config import Settings  # noqa: E402

ROWS = tomllib.loads((ROOT / "tests/data/english_premises.toml").read_text("utf-8"))["row"]
KNOWN_WRONG = {
    "Why did they direct the letter?",
    "Why did they direct the judgment?",
    "Why did they advise the responsibility?",
}


@pytest.fixture(scope="module")
def on() -> TextEngine:
    return TextEngine(Settings(english_premise_checked=True))


def test_the_table_has_both_labels() -> None:
    assert sum(r["supports"] for r in ROWS) >= 15
    assert sum(not r["supports"] for r in ROWS) >= 15


@pytest.mark.parametrize("row", ROWS, ids=[r["question"] for r in ROWS])
def test_every_row_with_the_rule(on, row) -> None:
    held = supports(on, row["question"], row["statement"], True)
    assert (held == row["supports"]) != (row["question"] in KNOWN_WRONG), row["statement"]


def test_twins_unchecked_without_the_rule() -> None:
    off = TextEngine(Settings(english_premise_checked=False))
    twins = [r for r in ROWS if not r["supports"]]
    held = [r for r in twins if supports(off, r["question"], r["statement"], True)]
    assert len(twins) == 19 and len(held) == 18  # at main: 18 of the 19 false rows supported
