"""Rule glossary_words_read (lexicon/glossary_words.py): every row of
tests/data/glossary_words.toml (written by eval/make_glossary_words.py) - an English word known
only inside a multi-word glossary phrase, asked alone - is read as the table says: as the Dutch
word of its phrase's Dutch term it stands for ("timeliness" -> "tijdigheid", "coercive" ->
"dwingend"), or not at all; a phrase row is still read by its own entry. No index."""

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
GENERAL_ZIPF = 3.9  # Settings.general_word_zipf


def _glossary() -> Glossary:
    try:
        return Glossary.default(words=GENERAL_ZIPF)  # type: ignore[call-arg]
    except TypeError:  # before the rule: the glossary as it was
        return Glossary.default()


def _read(question: str) -> dict[str, tuple[str, ...]]:
    return {found.lower(): entry.nl for found, entry in _glossary().matches(question)}


def test_the_table_is_written_by_its_generator() -> None:
    before = TABLE_PATH.read_text("utf-8")
    subprocess.run([sys.executable, str(ROOT / "eval" / "make_glossary_words.py")], check=True)
    assert TABLE_PATH.read_text("utf-8") == before
    kinds = {r["kind"] for r in ROWS}
    assert {"aligned", "phrase", "general", "unaligned"} <= kinds


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['kind']}:{r['word']}" for r in ROWS])
def test_every_row_is_read_as_the_table_says(row: dict) -> None:
    read = _read(row["question"])
    if row["kind"] == "phrase":
        assert row["phrase"] in read
        assert len(read[row["phrase"]]) > 1 or row["phrase"] not in read[row["phrase"]]
    elif row["dutch"]:
        assert row["dutch"] in {t.lower() for t in read.get(row["word"], ())}
    else:
        assert row["word"] not in read


def test_the_two_words_of_blind28_class_2() -> None:
    assert "tijdigheid" in _read("Was the timeliness of scheduling raised?")["timeliness"]
    assert "dwingend" in _read("When is more coercive action needed?")["coercive"]


def test_off_the_words_stay_unread() -> None:
    assert "timeliness" not in {f for f, _ in Glossary.default().matches("the timeliness")}
