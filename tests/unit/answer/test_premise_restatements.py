"""Rule ``premise_restatements_read`` (issue 16 session 27 task F): every row of the generated
table tests/data/premise_restatements.toml (eval/make_premise_restatements.py: why-premises
restated from the minutes' statements by meaning-keeping transformations, and twins by a
controlled change) is read by the premise check ``premise_supported`` on its statement's text
alone, no index: a stand-in engine fitted on the corpus text (eval/premise_text.py)."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "eval"))

from premise_text import TextEngine, supports  # noqa: E402

ROWS = tomllib.loads((ROOT / "tests/data/premise_restatements.toml").read_text("utf-8"))["row"]


@pytest.fixture(scope="module")
def engine() -> TextEngine:
    return TextEngine()


def _wrong(engine: TextEngine) -> list[str]:
    return [
        f"{r['transform']}: {r['question']} / {r['statement']}"
        for r in ROWS
        if supports(engine, r["question"], r["statement"], r["lang"] == "en") != r["supports"]
    ]


def test_the_table_is_made_of_both_kinds() -> None:
    assert len(ROWS) >= 60
    assert {r["supports"] for r in ROWS} == {True, False}
    assert {"past", "perfect", "passive", "nominal", "subordinate"} <= {
        r["transform"] for r in ROWS
    }


def test_every_row_is_read_as_the_table_says(engine: TextEngine) -> None:
    assert _wrong(engine) == []
