"""Rule glossary_matches_read, Dutch false friends (lexicon/glossary.py,
lexicon/data/false_friends.toml): every row of tests/data/glossary_false_friends.toml (written by
eval/make_glossary_false_friends.py) - an English glossary form that is also a Dutch word, in a
Dutch question and an English one - triggers the glossary entries the table says (each by its
first Dutch term), no index needed."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from lrt_search.lexicon.glossary import Glossary

ROOT = Path(__file__).resolve().parents[3]
TABLE_PATH = ROOT / "tests" / "data" / "glossary_false_friends.toml"
ROWS = tomllib.loads(TABLE_PATH.read_text("utf-8"))["row"]


def _triggered(question: str) -> list[str]:
    return sorted({e.nl[0] for _, e in Glossary.default().matches(question)})


def test_the_table_is_written_by_its_generator() -> None:
    before = TABLE_PATH.read_text("utf-8")
    script = ROOT / "eval" / "make_glossary_false_friends.py"
    subprocess.run([sys.executable, str(script)], check=True)  # fails on an undecided word
    assert TABLE_PATH.read_text("utf-8") == before
    assert {r["kind"] for r in ROWS} == {"false", "same"}
    assert sum(r["kind"] == "false" for r in ROWS) >= 40


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['lang']}:{r['question']}" for r in ROWS])
def test_every_row_triggers_what_the_table_says(row: dict[str, object]) -> None:
    assert _triggered(str(row["question"])) == sorted(row["nl"])  # type: ignore[arg-type]
