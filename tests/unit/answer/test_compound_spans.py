"""Rule ``compound_parts_together`` (answer/compound_spans.py), no index: every row of the
generated table tests/data/compound_spans.toml (eval/make_compound_spans.py: compounds the
minutes lack x statements of the minutes and made ones holding their parts together or apart)
is read on its statement's text alone, with an analyzer fitted on the corpus text."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from lrt_search.answer.compound_spans import held_terms, parts_together
from lrt_search.index.analysis import DutchAnalyzer

ROOT = Path(__file__).resolve().parents[3]
ROWS = tomllib.loads((ROOT / "tests/data/compound_spans.toml").read_text("utf-8"))["row"]
GAP = 3  # Settings.compound_parts_together when on (eval/configs/compound-parts-together-on.toml)


@pytest.fixture(scope="module")
def analyzer() -> DutchAnalyzer:
    texts = (p.read_text("utf-8") for p in sorted((ROOT / "corpus").glob("*.txt")))
    return DutchAnalyzer().fit(texts)


def _read(analyzer: DutchAnalyzer, row: dict, gap: int) -> bool:
    if not gap:  # the rule off: a statement holding every part holds the compound
        return True
    parts = [frozenset(analyzer.tokenize(p)) for p in row["parts"]]
    return parts_together(analyzer.tokenize, row["statement"], parts, gap)


def _wrong(analyzer: DutchAnalyzer, gap: int, key: str = "together") -> list[str]:
    return [
        f"{r['compound']}: {r['statement'][:60]}" for r in ROWS if _read(analyzer, r, gap) != r[key]
    ]


def test_the_table_holds_both_kinds_of_both_sources() -> None:
    assert len(ROWS) >= 150
    assert {(r["source"], r["together"]) for r in ROWS} == {
        ("minutes", True),
        ("minutes", False),
        ("made", True),
        ("made", False),
    }
    assert any(len(r["parts"]) >= 3 for r in ROWS)


def test_every_row_is_read_by_the_rule_of_its_label(analyzer: DutchAnalyzer) -> None:
    assert _wrong(analyzer, GAP, "rule") == []


def test_the_hand_labels(analyzer: DutchAnalyzer) -> None:
    # the rule misses 3 statements that state the compound with a part farther off; off (as
    # at main), every statement holding the parts holds the compound: 88 rows read wrong
    assert len(_wrong(analyzer, GAP)) == 3
    assert len(_wrong(analyzer, 0)) == 88


def test_parts_together_by_hand(analyzer: DutchAnalyzer) -> None:
    tokenize = analyzer.tokenize
    parts = [frozenset({"opvang"}), frozenset({"plek"})]
    assert parts_together(tokenize, "Er zijn plekken voor de opvang nodig.", parts, GAP)
    assert parts_together(tokenize, "De opvang plekken zijn vol.", parts, GAP)
    assert not parts_together(tokenize, "De opvang is vol. Er zijn plekken over.", parts, GAP)
    assert not parts_together(tokenize, "De opvang loopt, maar plekken zijn er niet.", parts, GAP)
    far = "De opvang wordt volgens de VNG in het najaar op meer plekken geregeld."
    assert not parts_together(tokenize, far, parts, GAP)
    assert parts_together(tokenize, far, parts, 12)


def test_held_terms_drop_only_what_the_compound_alone_adds(analyzer: DutchAnalyzer) -> None:
    tokenize = analyzer.tokenize
    parts = (frozenset({"opvang"}), frozenset({"plek"}))
    span = (parts, frozenset({"plek"}))  # "opvang" is another word of the topic too
    apart = "De opvang is vol. Er zijn plekken over."
    assert held_terms(tokenize, apart, [span], GAP) == set(tokenize(apart)) - {"plek"}
    near = "Er zijn plekken voor de opvang nodig."
    assert held_terms(tokenize, near, [span], GAP) == set(tokenize(near))
    assert held_terms(tokenize, apart, [], GAP) == set(tokenize(apart))
    # one part alone does not state the compound either
    alone = "Er zijn plekken over."
    assert held_terms(tokenize, alone, [span], GAP) == set(tokenize(alone)) - {"plek"}
    three = (frozenset({"crisis"}), frozenset({"opvang"}), frozenset({"plek"}))
    wide = (three, frozenset({"crisis", "plek"}))
    scattered = "De crisis duurt. De opvang is vol. Er zijn plekken over."
    assert held_terms(tokenize, scattered, [wide], GAP) == set(tokenize(scattered)) - {
        "crisis",
        "plek",
    }
    together = "Er zijn plekken voor de opvang in de crisis."
    assert held_terms(tokenize, together, [wide], GAP) == set(tokenize(together))
