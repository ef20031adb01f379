"""Rule glossary_words_read, measured and deleted in session 29 (code at commit 67142f45;
docs/settings.md "Tried and deleted"): every row of tests/data/glossary_words.toml (written by
eval/make_glossary_words.py) - an English word known only inside a multi-word glossary phrase,
asked alone. The rows the rule read ("timeliness" -> "tijdigheid", "coercive" -> "dwingend")
are known misses (strict xfail: a reader that reads them must say so here); every other row -
a general word, a two-word term's head, an unaligned word - is not read alone, and a phrase row
is read by its own entry. No index."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from lrt_search.lexicon.glossary import Glossary

ROOT = Path(__file__).resolve().parents[3]
TABLE_PATH = ROOT / "tests" / "data" / "glossary_words.toml"
ROWS = tomllib.loads(TABLE_PATH.read_text("utf-8"))["row"]
DELETED = pytest.mark.xfail(strict=True, reason="rule glossary_words_read deleted (67142f45)")


def _read(question: str) -> dict[str, tuple[str, ...]]:
    return {found.lower(): entry.nl for found, entry in Glossary.default().matches(question)}


def test_the_table_is_written_by_its_generator() -> None:
    before = TABLE_PATH.read_text("utf-8")
    subprocess.run([sys.executable, str(ROOT / "eval" / "make_glossary_words.py")], check=True)
    assert TABLE_PATH.read_text("utf-8") == before
    kinds = {r["kind"] for r in ROWS}
    assert {"aligned", "phrase", "general", "unaligned", "head"} <= kinds


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, marks=DELETED) if r["dutch"] else r for r in ROWS],
    ids=[f"{r['kind']}:{r['word']}" for r in ROWS],
)
def test_every_row_is_read_as_the_table_says(row: dict) -> None:
    read = _read(row["question"])
    if row["kind"] == "phrase":
        assert row["phrase"] in read
    elif row["dutch"]:
        assert row["dutch"] in {t.lower() for t in read.get(row["word"], ())}
    else:
        assert row["word"] not in read


@DELETED
def test_the_two_words_of_blind28_class_2() -> None:
    assert "tijdigheid" in _read("Was the timeliness of scheduling raised?").get("timeliness", ())
    assert "dwingend" in _read("When is more coercive action needed?").get("coercive", ())
