"""Rule glossary_head_reason (answer/glossary_reason.py): every row of
tests/data/glossary_heads.toml (written by eval/make_glossary_heads.py) - an English question
whose topic check lacks some words - gets the reason the table says: the lacking word named
with the two-word glossary terms it heads and their Dutch terms (code ``topic_head_unread``), or
no such reason. No index: every Dutch term counts as held."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from lrt_search.answer.glossary_reason import head_reason_params, same_noun
from lrt_search.lexicon.glossary import Glossary

ROOT = Path(__file__).resolve().parents[3]
TABLE_PATH = ROOT / "tests" / "data" / "glossary_heads.toml"
ROWS = tomllib.loads(TABLE_PATH.read_text("utf-8"))["row"]


def _reason(row: dict) -> dict | None:
    return head_reason_params(Glossary.default(), row["question"], row["missing"], lambda _: True)


def test_the_table_is_written_by_its_generator() -> None:
    before = TABLE_PATH.read_text("utf-8")
    subprocess.run([sys.executable, str(ROOT / "eval" / "make_glossary_heads.py")], check=True)
    assert TABLE_PATH.read_text("utf-8") == before
    assert {r["kind"] for r in ROWS} == {"head", "named", "one_word", "general", "mixed"}


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['kind']}:{r['question']}" for r in ROWS])
def test_every_row_gets_the_reason_the_table_says(row: dict) -> None:
    reason = _reason(row)
    if not row["phrases"]:
        assert reason is None
        return
    assert reason is not None
    assert reason["reason_code"] == "topic_head_unread"
    assert reason["words"] == row["missing"]
    assert reason["phrases"] == row["phrases"]
    assert reason["terms"] == row["terms"]


def test_a_bare_head_is_named_with_its_term_and_the_minutes_word() -> None:
    reason = head_reason_params(Glossary.default(), "What about the target?", ["target"], bool)
    assert reason == {
        "words": ["target"],
        "phrases": ["housing target"],
        "terms": ["taakstelling"],
        "reason_code": "topic_head_unread",
    }


def test_no_head_reason_when_the_question_names_the_term_or_no_term_is_held() -> None:
    glossary = Glossary.default()
    assert head_reason_params(glossary, "What about the housing target?", ["target"], bool) is None
    assert (
        head_reason_params(glossary, "What about the target?", ["target"], lambda _: False) is None
    )
    assert head_reason_params(glossary, "What about the target?", [], bool) is None


def test_a_word_beside_one_read_in_no_form_gets_no_head_reason() -> None:
    missing = ["target", "football"]
    assert head_reason_params(Glossary.default(), "the football target", missing, bool) is None


def test_plurals_are_one_noun_derivations_are_not() -> None:
    assert same_noun("duty", "duties") and same_noun("targets", "target")
    assert not same_noun("sharing", "share") and not same_noun("applications", "applicants")
