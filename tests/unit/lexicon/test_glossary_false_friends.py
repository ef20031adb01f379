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

from lrt_search.lexicon.glossary import Glossary, GlossaryEntry, dutch

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


def test_a_dutch_text_is_told_by_its_dutch_function_words() -> None:
    assert dutch("Werd de opvang plots gesloten?")
    assert dutch("Hoe word ik lid?")  # "ik": the false friend "word" itself does not count
    assert not dutch("What rent do they pay?")
    assert not dutch("the rent of")  # "of", "in": English as well
    assert not dutch("sleep in")
    assert not dutch("plots")  # a word alone has no language
    assert not dutch("plots bouwgrond")  # a keyword query: no Dutch function word


def test_a_false_friend_is_no_term_in_a_dutch_text_only() -> None:
    glossary = Glossary(
        [
            GlossaryEntry(("plots", "building plots"), ("grondstukken",)),
            GlossaryEntry(("budget",), ("budget",)),
        ]
    )
    assert [t for t, _ in glossary.matches("Werd het budget plots verlaagd?")] == ["budget"]
    assert [t for t, _ in glossary.matches("Which plots were sold?")] == ["plots"]
    # a term with a word that is no false friend stays a term in a Dutch text
    assert [t for t, _ in glossary.matches("Zijn de building plots verkocht?")] == [
        "building plots"
    ]
    # the caller's language wins over the text's
    assert glossary.matches("Werd het plots gesloten?", in_dutch=False)
    assert not glossary.matches("plots", in_dutch=True)
    # the stem matcher (rule glossary_matches_read off) reads no language
    off = Glossary(glossary.entries, read=False)
    assert [t for t, _ in off.matches("Werd het budget plots verlaagd?")] == ["budget", "plots"]
