"""Rule ``minutes_misspellings_read`` (index.misspellings, read by the analyzer) on every row of
tests/data/minutes_misspellings.toml (eval/make_minutes_misspellings.py): the analyzer fitted on
the bundled minutes' text (no index) maps each typo of the minutes to its right form and no name,
code or compound; a question in the right form meets the statement holding the typo."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from lrt_search.index.analysis import DutchAnalyzer
from lrt_search.lexicon.glossary import Glossary

ROOT = Path(__file__).resolve().parents[3]
ROWS = tomllib.loads((ROOT / "tests/data/minutes_misspellings.toml").read_text("utf-8"))["row"]


def _texts() -> list[str]:
    return [p.read_text("utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]


@cache
def _analyzer() -> DutchAnalyzer:
    return DutchAnalyzer().fit(_texts())


def _corrections(analyzer: DutchAnalyzer) -> dict[str, str]:
    return dict(getattr(analyzer, "corrections", {}) or {})


def _token_failing(row: dict[str, str]) -> bool:
    if row["kind"].startswith("injected"):
        analyzer = DutchAnalyzer().fit([*_texts(), row["statement"]])
    else:
        analyzer = _analyzer()
    got = _corrections(analyzer).get(row["token"].lower(), "")
    return got != row["right"]


def _question_failing(row: dict[str, str]) -> bool:
    analyzer = _analyzer()
    if row["lang"] == "en":
        dutch = Glossary.default().expand(row["question"])
        if row["right"] not in dutch:
            return True
    asked = set(analyzer.tokenize_query(row["right"]))
    return not asked & set(analyzer.tokenize(row["statement"]))


def _failing() -> list[str]:
    out = []
    for row in ROWS:
        failing = _question_failing(row) if "question" in row else _token_failing(row)
        if failing:
            out.append(row.get("question") or f"{row['kind']} {row['token']}")
    return out


def test_every_row_of_the_table() -> None:
    assert _failing() == []


def test_rows_of_every_kind() -> None:
    kinds = {row.get("kind", "question") for row in ROWS}
    assert {"typo", "split", "name_code", "compound", "injected", "injected_name"} <= kinds
