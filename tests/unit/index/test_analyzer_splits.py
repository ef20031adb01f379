"""Rule ``analyzer_splits_checked`` (issue 16 session 28 task C): the analyzer's compound
split (``DutchAnalyzer.split_compound``, the BM25 index's and the queries' terms) takes only
real cuts (lexicon/compound_cuts.py). Every row of tests/data/analyzer_splits.toml (written by
eval/make_analyzer_splits.py) is read by an analyzer built from the row's own corpus words and
stems: no index, no corpus."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from lrt_search.index.analysis import DutchAnalyzer

_TABLE = Path(__file__).resolve().parents[2] / "data" / "analyzer_splits.toml"

#: Rows the rule reads otherwise than their label, each with why (word -> why).
KNOWN_MISSES: dict[str, str] = {}


def _rows() -> list[dict]:
    return tomllib.loads(_TABLE.read_text(encoding="utf-8"))["row"]


def _analyzer(row: dict, **options: bool) -> DutchAnalyzer:
    analyzer = DutchAnalyzer(vocabulary=set(row["minutes"]), **options)
    analyzer._stems = {analyzer._stem(w) for w in row["minutes"]} | set(row["stems"])
    return analyzer


def test_table_reproduces_the_split_at_main() -> None:
    """The rows' words and stems give the analyzer at main the split the table records."""
    for row in _rows():
        if row["main"]:
            assert _analyzer(row).split_compound(row["word"]) == tuple(row["parts"]), row


@pytest.mark.xfail(strict=True, reason="at main: 43 of 152 rows read wrong (the rule is not built)")
def test_every_row() -> None:
    """A real split is taken, a wrong one is not; only the rows of ``KNOWN_MISSES`` differ."""
    wrong = []
    for row in _rows():
        split = _analyzer(row).split_compound(row["word"])
        if (split == tuple(row["parts"])) != row["real"] and row["word"] not in KNOWN_MISSES:
            wrong.append("|".join(row["parts"]))
    assert not wrong, f"{len(wrong)} of {len(_rows())} rows read wrong: {wrong}"
