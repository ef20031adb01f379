"""Rule ``alternative_tail_names_free`` (issue 16, session 30 task E; eval/blind29.md class 2):
an alternative tail that offers another actor ("..., of beslist Den Haag dat zelf?", "..., or is
it up to the ministry?") names no name a quote must hold and no speaker. Every row of the
generated table tests/data/alternative_tails.toml (eval/make_alternative_tails.py) is read as
``ask`` reads a question before the index is asked (asides, claim frame, preamble,
read_question); a ``tail`` row must have the names and speaker of its main clause alone, a
``choice`` row (the tail is the question) those the rule off reads. No index."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from framed_reading import framed, rule_off, tables, wrong_rows

from lrt_search.config import Settings
from lrt_search.search.parsed import read_question
from lrt_search.search.query import SpeakerRules

ROOT = Path(__file__).resolve().parents[3]
TABLE_PATH = ROOT / "tests" / "data" / "alternative_tails.toml"
ROWS = tomllib.loads(TABLE_PATH.read_text("utf-8"))["row"]
FIELD = "alternative_tail_names_free"


def _off() -> Settings:
    return rule_off(FIELD)


def reading(question: str, settings: Settings) -> tuple[object, ...]:
    """The speaker codes and the names (folded) ``ask`` reads of ``question`` (no lead-in
    read: the table was made before rule lead_ins_read was in its reading)."""
    orgs, glossary = tables()
    question = framed(question, settings, lead_ins=False)
    parsed = read_question(question, orgs, glossary, rules=SpeakerRules.of(settings))
    return sorted(parsed.speaker), sorted(name.lower() for name, _ in parsed.names)


def expected(row: dict) -> tuple[object, ...]:
    if row["kind"] == "choice":
        return reading(row["question"], _off())
    return reading(row["frame"], Settings())


def _wrong(settings: Settings) -> list[tuple[str, object, object]]:
    return wrong_rows(ROWS, reading, expected, settings)


def test_the_table_is_written_by_its_generator(tmp_path: Path) -> None:
    script = ROOT / "eval" / "make_alternative_tails.py"
    before = TABLE_PATH.read_text("utf-8")
    subprocess.run([sys.executable, str(script)], check=True, capture_output=True, cwd=ROOT)
    assert TABLE_PATH.read_text("utf-8") == before


#: Known misses: the main clause's "wie vanuit het Rijk aansluit" is read with "het Rijk" as
#: its speaker (search.speaker_position, another reader), so "or was it X" after it reads as a
#: choice between two asked speakers and the rule leaves it as the rule off reads it.
KNOWN_MISSES = frozenset(
    [
        "Komt er een lijst met wie vanuit het Rijk aansluit bij de PRT's, of was het het COA?",
        "Komt er een lijst met wie vanuit het Rijk aansluit bij de PRT's, of was het Brussel?",
        "Will there be a list of who from the Rijk joins the PRTs, or was it The Hague?",
    ]
)


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r["question"])
def test_each_row_reads_its_main_clause_names_and_speaker(row: dict) -> None:
    if row["question"] in KNOWN_MISSES:
        pytest.xfail("the main clause reads a speaker: a choice, as the rule off reads it")
    assert reading(row["question"], Settings()) == expected(row)


def test_the_rule_off_reads_the_tails_actor_as_a_name() -> None:
    assert len(_wrong(_off())) == 412  # the count at main (e9340560)
    assert [q for q, _, _ in _wrong(Settings())] == sorted(
        KNOWN_MISSES, key=[r["question"] for r in ROWS].index
    )


def test_the_table_holds_both_kinds_and_both_languages() -> None:
    kinds = {(r["kind"], r["lang"]) for r in ROWS}
    assert kinds == {("tail", "nl"), ("tail", "en"), ("choice", "nl"), ("choice", "en")}
    assert len(ROWS) > 700
