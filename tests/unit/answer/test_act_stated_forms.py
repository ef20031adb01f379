"""An act's stated forms in Dutch word order (issue 16, session 30 task C): every sentence of
tests/data/act_stated_forms.toml (written by eval/make_act_stated_forms.py) states its act or
not as the table says, read by answer.act_stated.states_named_acts as the quote check reads it
(the act's ``stated`` patterns and, with rule act_forms_split_read, its verbs' forms). Rows with
``known_miss`` are forms the reader cannot make (a strong verb ``dutch_strong`` lacks). No
index needed."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from lrt_search.answer.act_stated import states_named_acts

ROOT = Path(__file__).resolve().parents[3]
TABLE_PATH = ROOT / "tests" / "data" / "act_stated_forms.toml"
ROWS = tomllib.loads(TABLE_PATH.read_text("utf-8"))["row"]
#: Rows read wrong at main 5587e67a, before the rule (the table's first commit).
FAILING_AT_MAIN = 220  # of 984, 17 of them rows with known_miss


def test_the_table_is_written_by_its_generator() -> None:
    pytest.importorskip("spylls")
    if not Path("/usr/share/hunspell/nl.dic").exists():
        pytest.skip("hunspell-nl is not installed")
    before = TABLE_PATH.read_text("utf-8")
    subprocess.run([sys.executable, str(ROOT / "eval" / "make_act_stated_forms.py")], check=True)
    assert TABLE_PATH.read_text("utf-8") == before
    assert len(ROWS) > 900


@pytest.mark.xfail(reason="rule act_forms_split_read not built yet", strict=False)
@pytest.mark.parametrize("row", ROWS, ids=[f"{r['act']}:{r['kind']}:{r['sentence']}" for r in ROWS])
def test_every_sentence_states_its_act_as_the_table_says(row: dict[str, Any]) -> None:
    assert states_named_acts(str(row["act"]), str(row["sentence"])) == row["stated"]
