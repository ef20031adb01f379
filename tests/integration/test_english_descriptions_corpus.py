"""The English descriptions of the minutes' governance terms (issue 16 session 25 task A3;
tests/data/english_descriptions.toml, glossary.toml) on the bundled corpus: every Dutch term a
description must reach is a word of the minutes, and a question in an outsider's words is answered
from the statement that holds the minutes' own term."""

from __future__ import annotations

import tomllib
from pathlib import Path

from lrt_search.service import Engine

_TABLE = Path(__file__).resolve().parents[1] / "data" / "english_descriptions.toml"


def test_a_term_of_every_description_is_written_in_the_minutes(built) -> None:  # type: ignore[no-untyped-def]
    text = " ".join(c.text.lower() for c in built.engine.chunks)
    rows = tomllib.loads(_TABLE.read_text(encoding="utf-8"))["row"]
    missing = [r["reach"] for r in rows if "reach" in r]
    assert [m for m in missing if not any(t.lower() in text for t in m)] == []


def test_taking_over_a_municipalitys_powers_finds_indeplaatsstelling(engine: Engine) -> None:
    # without the description: "municipality's, powers" not understood, answered from an MAenM
    # statement on reception capacity with no "indeplaatsstelling"
    answer = engine.ask("What was said about taking over a municipality's powers?")
    assert not answer.abstained, answer.reason
    assert "indeplaats" in answer.citations[0].quote.lower()
