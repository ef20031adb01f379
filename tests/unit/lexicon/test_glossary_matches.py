"""Rule glossary_matches_read (lexicon/glossary.py): every row of tests/data/glossary_matches.toml
(written by eval/make_glossary_matches.py) - a question with a phrase filled in - triggers the
glossary entries the table says (each by its first Dutch term), no index needed. Without the
rule (main's stem matcher, leftmost terms first) some rows fail."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from lrt_search.lexicon.glossary import Glossary, GlossaryEntry, same_word

ROOT = Path(__file__).resolve().parents[3]
TABLE_PATH = ROOT / "tests" / "data" / "glossary_matches.toml"
ROWS = tomllib.loads(TABLE_PATH.read_text("utf-8"))["row"]


def _triggered(question: str, read: bool) -> list[str]:
    return sorted({e.nl[0] for _, e in Glossary.default(read=read).matches(question)})


def test_the_table_is_written_by_its_generator() -> None:
    before = TABLE_PATH.read_text("utf-8")
    subprocess.run([sys.executable, str(ROOT / "eval" / "make_glossary_matches.py")], check=True)
    assert TABLE_PATH.read_text("utf-8") == before
    assert len(ROWS) >= 1000
    assert {r["kind"] for r in ROWS} >= {"own", "longest", "split", "inflection", "other_word"}
    assert {r["lang"] for r in ROWS} == {"en", "nl"}


@pytest.mark.parametrize("row", ROWS, ids=[str(r["question"]) for r in ROWS])
def test_every_row_triggers_what_the_table_says(row: dict[str, object]) -> None:
    assert _triggered(str(row["question"]), True) == sorted(row["nl"])  # type: ignore[arg-type]


def test_without_the_rule_some_rows_fail() -> None:
    failing = [r for r in ROWS if _triggered(str(r["question"]), False) != sorted(r["nl"])]
    assert len(failing) >= 15


def test_inflections_within_a_part_of_speech() -> None:
    assert same_word("municipalities", "municipality")
    assert same_word("housed", "housing")
    assert same_word("deploys", "deploy")
    assert not same_word("applications", "applicants")
    assert not same_word("organised", "organisation")
    assert not same_word("stated", "state")  # a verb form of a noun term
    assert not same_word("concerning", "concerned")  # an English stopword: as written only


def test_the_longest_term_wins_a_leading_article_not_counted() -> None:
    glossary = Glossary(
        [
            GlossaryEntry(("the state",), ("Rijk",)),
            GlossaryEntry(("state secretary",), ("staatssecretaris",)),
            GlossaryEntry(("secretary",), ("secretaris",)),
        ]
    )
    assert [t for t, _ in glossary.matches("What did the state secretary say?")] == [
        "state secretary"
    ]
    off = Glossary(glossary.entries, read=False)
    assert [t for t, _ in off.matches("What did the state secretary say?")] == [
        "the state",
        "secretary",
    ]
