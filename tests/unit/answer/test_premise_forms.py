"""The reader of presupposed acts (issue 16, session 26 task B): every question of
tests/data/premise_forms.toml (written by eval/make_premise_forms.py) is read by
answer.act_stated.asked_acts as presupposing or asking the acts the table says, and no other;
why- and claim-questions read the acts of the premise tables too. No index needed."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from lrt_search.answer.act_stated import asked_acts
from lrt_search.config import Settings
from lrt_search.lexicon.intents import asks

ROOT = Path(__file__).resolve().parents[3]
TABLE_PATH = ROOT / "tests" / "data" / "premise_forms.toml"
ROWS = tomllib.loads(TABLE_PATH.read_text("utf-8"))["row"]
_ON: Any = SimpleNamespace(settings=Settings())


def read_acts(retriever: Any, question: str) -> set[str]:
    """The acts ``asked_acts`` reads in ``question``, as ``ask`` calls it (premise acts in a
    why- or claim-question)."""
    premise = asks("why", question) or asks("claim_check", question)
    return set(asked_acts(retriever, question, premise)[0])


def test_the_table_is_written_by_its_generator() -> None:
    before = TABLE_PATH.read_text("utf-8")
    subprocess.run([sys.executable, str(ROOT / "eval" / "make_premise_forms.py")], check=True)
    assert TABLE_PATH.read_text("utf-8") == before
    assert len(ROWS) > 150


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['frame']}:{r['question']}" for r in ROWS])
def test_every_question_reads_the_acts_of_the_table(row: dict[str, Any]) -> None:
    assert read_acts(_ON, str(row["question"])) == set(row["acts"])
