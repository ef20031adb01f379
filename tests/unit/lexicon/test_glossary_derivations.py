"""Rule glossary_derivations_read, measured and deleted in session 30 (code at commit e9744c07;
docs/settings.md "Tried and deleted"): every row of tests/data/glossary_derivations.toml (written
by eval/make_glossary_derivations.py) - an English question asking with a word of a glossary
term's derivation family. The rows the rule read ("integrate", "justifying", "modification" ->
their entries' Dutch terms) are known misses (strict xfail: a reader that reads them must say
so here); every other row - FreeDict reads it, a verb of speech or frame, another sense or word
class, a family that misleads, an "-ed" form before a noun - is not read through the glossary.
No index."""

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
KINDS = {"derived", "freedict", "frame", "other", "mislead", "attributive"}
DELETED = pytest.mark.xfail(strict=True, reason="rule glossary_derivations_read deleted (e9744c07)")


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


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, marks=DELETED) if r["nl"] else r for r in ROWS],
    ids=[f"{r['kind']}:{r['word']}" for r in ROWS],
)
def test_every_row_is_read_as_the_table_says(row: dict) -> None:
    assert _read_as(row["question"], row["word"]) == ([row["nl"]] if row["nl"] else [])


@DELETED
def test_the_verb_of_blind29_class_7() -> None:
    question = "What did the CdK say about newcomers having to integrate and work?"
    assert "inburgering" in Glossary.default().expand(question)
