"""Rule glossary_derivations_read (lexicon/glossary_derivations.py): every row of
tests/data/glossary_derivations.toml (written by eval/make_glossary_derivations.py) - an English
question asking with a word of a glossary term's derivation family - reads the word as the
table says: as the entry's Dutch terms (kind "derived") or not through the glossary (FreeDict
reads it, a verb of speech or frame, another sense or word class, a family that misleads). No
index."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from lrt_search.lexicon.glossary import Glossary

ROOT = Path(__file__).resolve().parents[3]
TABLE_PATH = ROOT / "tests" / "data" / "glossary_derivations.toml"
ROWS = tomllib.loads(TABLE_PATH.read_text("utf-8"))["row"]
KINDS = {"derived", "freedict", "frame", "other", "mislead"}


def _read_as(question: str, word: str) -> list[list[str]]:
    """The Dutch terms of each glossary match of ``question`` written as ``word``."""
    return [list(e.nl) for s, e in Glossary.default().matches(question) if s.lower() == word]


def test_the_table_is_written_by_its_generator() -> None:
    before = TABLE_PATH.read_text("utf-8")
    subprocess.run(
        [sys.executable, str(ROOT / "eval" / "make_glossary_derivations.py")], check=True
    )
    assert TABLE_PATH.read_text("utf-8") == before
    assert {r["kind"] for r in ROWS} == KINDS


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['kind']}:{r['word']}" for r in ROWS])
def test_every_row_is_read_as_the_table_says(row: dict) -> None:
    if "known" in row:
        pytest.xfail(row["known"])
    read = _read_as(row["question"], row["word"])
    assert read == ([row["nl"]] if row["nl"] else [])
