"""Issue 16 session 30 task B (rule ``sentence_opener_verbs_unnamed``; blind29 class 1): every
row of tests/data/sentence_opener_names.toml (written by eval/make_sentence_opener_names.py from
the minutes' statements, Hunspell nl's finite verbs, the lexicon's English auxiliaries, the
minutes' bodies and attendees; not from questions) reads the names of the body alone: a finite
verb or auxiliary that opens a later sentence ("... Zag de VNG dat ook zo?") is no part of the
name after it, and a real name that opens one ("Ter Apel", "Raad van State") stays whole.
search/phrases.py ``names_in``; no index."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

import pytest

from lrt_search.search.phrases import names_in

_TABLE = Path(__file__).resolve().parents[2] / "data" / "sentence_opener_names.toml"


@cache
def rows() -> list[dict]:
    return tomllib.loads(_TABLE.read_text(encoding="utf-8"))["row"]


# At main 5587e67a, before the reader: 219 of 381 rows fail (verb 142/180, first 43/59,
# auxiliary 34/64, name 0/78).
@pytest.mark.xfail(reason="rule sentence_opener_verbs_unnamed not written yet", strict=False)
@pytest.mark.parametrize("row", rows(), ids=lambda r: r["q"])
def test_a_sentence_opening_verb_is_no_part_of_the_name_after_it(row: dict) -> None:
    assert names_in(row["q"]) == row["names"]
