"""Rule ``wildcard_strays_excluded`` (lexicon.wordlists): every row of
tests/data/wildcard_reach.toml (eval/make_wildcard_reach.py) read by the list's matcher, and
inputs by hand; no index."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from lrt_search.lexicon.wordlists import exclude_strays, word_regex

ROOT = Path(__file__).resolve().parents[3]
ROWS = tomllib.loads((ROOT / "tests/data/wildcard_reach.toml").read_text("utf-8"))["row"]


def _matches(row: dict) -> bool:
    kind, name = row["list"].split(".", 1)
    return bool(word_regex(kind, name).fullmatch(row["word"]))


@pytest.fixture
def rule_on():
    exclude_strays(True)
    yield
    exclude_strays(True)


def test_table_rows_read_as_labelled(rule_on) -> None:
    wrong = [(r["list"], r["word"]) for r in ROWS if _matches(r) != r["match"]]
    assert wrong == []


def test_table_has_both_labels() -> None:
    assert {r["label"] for r in ROWS} == {"intended", "stray"}
    assert sum(r["label"] == "stray" for r in ROWS) >= 60


def test_off_matches_every_row_as_main() -> None:
    exclude_strays(False)
    try:
        assert all(_matches(r) for r in ROWS)
    finally:
        exclude_strays(True)


@pytest.mark.parametrize(
    ("kind", "name", "word", "match"),
    [
        ("speech", "speech", "urgentie", False),
        ("speech", "speech", "urgentieverklaring", False),
        ("speech", "speech", "urged", True),
        ("speech", "speech", "urges", True),
        ("speech", "speech", "reactie", True),
        ("speech", "speech", "reactor", False),
        ("speech", "speech", "reacted", True),
        ("speech", "speech", "Wantrouwen", False),
        ("realised", "plans", "wants", True),
        ("realised", "plans", "wantrouwen", False),
        ("minutes", "presentation_words", "presentatie", True),
        ("minutes", "presentation_words", "presentje", False),
        ("stances", "stated", "protesteren", True),
        ("stances", "stated", "protestantse", False),
    ],
)
def test_by_hand(rule_on, kind: str, name: str, word: str, match: bool) -> None:
    assert bool(word_regex(kind, name).fullmatch(word)) is match
