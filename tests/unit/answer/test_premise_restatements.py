"""Rule ``premise_restatements_read`` (issue 16 session 27 task F): every row of the generated
table tests/data/premise_restatements.toml (eval/make_premise_restatements.py: why-premises
restated from the minutes' statements by meaning-keeping transformations, and twins by a
controlled change) is read by the premise check ``premise_supported`` on its statement's text
alone, no index: a stand-in engine fitted on the corpus text (eval/premise_text.py)."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "eval"))

from premise_text import TextEngine, supports  # noqa: E402

from lrt_search.config import Settings  # noqa: E402

ROWS = tomllib.loads((ROOT / "tests/data/premise_restatements.toml").read_text("utf-8"))["row"]


@pytest.fixture(scope="module")
def engine() -> TextEngine:
    """The rule on (it is off by default: docs/settings.md)."""
    return TextEngine(Settings(premise_restatements_read=True))


def _wrong(engine: TextEngine) -> list[str]:
    return [
        f"{r['transform']}: {r['question']} / {r['statement']}"
        for r in ROWS
        if supports(engine, r["question"], r["statement"], r["lang"] == "en") != r["supports"]
    ]


def test_the_table_is_made_of_both_kinds() -> None:
    assert len(ROWS) >= 60
    assert {r["supports"] for r in ROWS} == {True, False}
    assert {"past", "perfect", "passive", "nominal", "subordinate"} <= {
        r["transform"] for r in ROWS
    }


def test_every_row_is_read_as_the_table_says(engine: TextEngine) -> None:
    assert _wrong(engine) == []
    # with the rule off (the default) 12 rows are read wrong: 8 restatements, 4 twins
    assert len(_wrong(TextEngine(Settings(premise_restatements_read=False)))) == 12


def test_other_forms_of_a_premise_word(engine: TextEngine) -> None:
    from lrt_search.answer.premise import other_forms

    terms = other_forms(engine, "functioneerde IBT goed", "functioneerde")  # type: ignore[arg-type]
    assert set(engine.analyzer.tokenize("functioneert")) <= terms
    off = TextEngine(engine.settings.replace(premise_restatements_read=False))
    assert other_forms(off, "functioneerde IBT goed", "functioneerde") == frozenset()  # type: ignore[arg-type]
    # a particle after the verb that is no preposition: only forms with a particle count
    left = other_forms(engine, "stapte de VNG uit de LRT", "stapte")  # type: ignore[arg-type]
    assert not set(engine.analyzer.tokenize("stappen")) & left


def test_a_particle_closing_the_clause() -> None:
    from lrt_search.answer.premise_apart import closing_pairs

    pairs = closing_pairs("JenV past de brieven nog aan, en stuurt ze op de agenda door.")
    assert ("past", "aan") in pairs and ("stuurt", "door") in pairs
    assert not [p for p in pairs if p[1] == "op"]  # "op de agenda": no clause's last word


def test_a_participle_is_no_restated_noun(engine: TextEngine) -> None:
    from lrt_search.answer.premise import is_verb_form

    assert is_verb_form(engine, "gefunctioneerd")  # type: ignore[arg-type]
    assert not is_verb_form(engine, "gezamenlijkheid")  # type: ignore[arg-type]
    off = TextEngine(engine.settings.replace(premise_restatements_read=False))
    assert not is_verb_form(off, "gefunctioneerd")  # type: ignore[arg-type]


def test_a_short_particle_closing_the_clause_meets_the_joined_verb(engine: TextEngine) -> None:
    from lrt_search.answer.premise_apart import apart_terms

    need = frozenset(engine.analyzer.tokenize("opstellen"))
    text = "Het COA stelt voor de zomer een notitie over de flexwoningen op."
    assert apart_terms(engine, text, [need], True) == set(need)  # type: ignore[arg-type]
    off = TextEngine(engine.settings.replace(premise_restatements_read=False))
    assert apart_terms(off, text, [need], True) == set()  # type: ignore[arg-type]
