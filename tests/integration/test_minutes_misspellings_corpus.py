"""Rule ``minutes_misspellings_read`` (index/misspellings.py, read by the analyzer) on the bundled
corpus: the minutes' "50% van de achtstand in gehaald" (8 July 2022) is reached by the right
forms "achterstand" and "ingehaald" (and "backlog" through the glossary), and quoted as written."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from switched import switched

from lrt_search.service import Engine

ROOT = Path(__file__).resolve().parents[2]
ROWS = tomllib.loads((ROOT / "tests/data/minutes_misspellings.toml").read_text("utf-8"))["row"]
QUESTIONS = [r for r in ROWS if "question" in r]


def _reached(engine: Engine, question: str, statement: str, mode: str) -> bool:
    hits = engine.search(question, k=10, mode=mode)
    return any(statement[:40] in " ".join(h.chunk.text.split()) for h in hits)


@pytest.mark.parametrize("row", QUESTIONS, ids=[r["question"] for r in QUESTIONS])
def test_a_question_in_the_right_form_reaches_the_statement(engine: Engine, row: dict) -> None:
    assert _reached(engine, row["question"], row["statement"], "hybrid")


def test_the_right_form_is_a_term_of_the_index(engine: Engine) -> None:
    assert engine.analyzer.corrections == {"achtstand": "achterstand", "in gehaald": "ingehaald"}
    assert _reached(engine, "ingehaald achterstand", "Aan het einde van de", "bm25")
    off = switched(engine, minutes_misspellings_read=False)
    assert not _reached(off, "ingehaald achterstand", "Aan het einde van de", "bm25")


def test_the_misspelt_statement_is_quoted_as_written(engine: Engine) -> None:
    question = (
        "In July 2022, how much of the backlog had been caught up at the end of the task period?"
    )
    quotes = [c.quote for c in engine.ask(question).citations]
    assert any("50% van de achtstand in gehaald" in q for q in quotes), quotes
    assert not any("achterstand in" in q or "ingehaald" in q for q in quotes)
