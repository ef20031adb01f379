"""Every question of tests/data/member_asks.toml (written by eval/make_member_asks.py) is read
by ``asked_member`` as asking for the named members the table says, of its class and noun, or
for none (issue 16 session 26 task G3, rule member_asks_read); no index needed."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from lrt_search.answer.asked_class import asked_member

ROOT = Path(__file__).resolve().parents[3]
ROWS = tomllib.loads((ROOT / "tests" / "data" / "member_asks.toml").read_text("utf-8"))["row"]


@pytest.mark.parametrize("row", ROWS, ids=[r["question"] for r in ROWS])
def test_member_asks_row(row: dict[str, object]) -> None:
    """The class and noun asked, ("", "") when the question asks for no named member."""
    assert asked_member(str(row["question"]), True, True) == (row["kind"], row["noun"])


def test_member_asks_table_has_both_sides() -> None:
    """The table holds questions that ask and questions that do not, Dutch and English."""
    assert {(r["asks"], r["lang"]) for r in ROWS} == {
        (True, "nl"), (True, "en"), (False, "nl"), (False, "en"),
    }  # fmt: skip
