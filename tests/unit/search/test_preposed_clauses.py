"""Rule ``preposed_clause_context`` (issue 16, session 30 task E2; eval/blind30.md class 3): a
preposed clause of another party's act ("After members complained about X, did the State
Secretary offer ...?", "Nadat de CdK over X klaagde, wat antwoordde de staatssecretaris?") is
context: its words are no topic of the asked speaker's statement, its party no speaker and no
name; its period is kept. Every row of the generated table tests/data/preposed_clauses.toml
(eval/make_preposed_clauses.py) is read as ``ask`` reads a question before the index is asked; a
``context`` row must have the speaker, names, topic and period of its frame (the main clause with
the clause's period), a ``kept`` row those the rule off reads. No index."""

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
TABLE_PATH = ROOT / "tests" / "data" / "preposed_clauses.toml"
ROWS = tomllib.loads(TABLE_PATH.read_text("utf-8"))["row"]
FIELD = "preposed_clause_context"
#: The rule was measured and deleted (code at 85f0f1dc, docs/settings.md "Tried and deleted"):
#: the rows xfail and the count at main is the ratchet.
HAS_RULE = FIELD in Settings.__dataclass_fields__
#: Rows read wrong with the rule off (the count at main 88b67eb7: 288 of 331).
COUNT_AT_MAIN = 288


def _off() -> Settings:
    return rule_off(FIELD)


def reading(question: str, settings: Settings) -> tuple[object, ...]:
    """The speaker codes, names (folded), topic and period ``ask`` reads of ``question``."""
    orgs, glossary = tables()
    rules = SpeakerRules.of(settings)
    question = framed(question, settings)
    if HAS_RULE and getattr(settings, FIELD):
        from lrt_search.search.preposed import preposed_context

        question, _ = preposed_context(question, orgs, rules)
    p = read_question(question, orgs, glossary, rules=rules)
    names = sorted(name.lower() for name, _ in p.names)
    return sorted(p.speaker), names, p.topic.lower(), p.since, p.until


def expected(row: dict) -> tuple[object, ...]:
    if row["kind"] == "kept":
        return reading(row["question"], _off())
    return reading(row["frame"], Settings())


def _wrong(settings: Settings) -> list[tuple[str, object, object]]:
    return wrong_rows(ROWS, reading, expected, settings)


def test_the_table_is_written_by_its_generator() -> None:
    script = ROOT / "eval" / "make_preposed_clauses.py"
    before = TABLE_PATH.read_text("utf-8")
    subprocess.run([sys.executable, str(script)], check=True, capture_output=True, cwd=ROOT)
    assert TABLE_PATH.read_text("utf-8") == before


#: Known misses (none).
KNOWN_MISSES: frozenset[str] = frozenset()


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r["question"])
def test_each_row_reads_its_main_clause(row: dict) -> None:
    if not HAS_RULE:
        pytest.xfail("no reader yet: the clause's words are the topic, its party a speaker")
    if row["question"] in KNOWN_MISSES:
        pytest.xfail("listed known miss")
    assert reading(row["question"], Settings()) == expected(row)


def test_the_rule_off_reads_the_clause_as_the_question() -> None:
    assert len(_wrong(_off())) == COUNT_AT_MAIN
    if HAS_RULE:
        assert [q for q, _, _ in _wrong(Settings())] == sorted(
            KNOWN_MISSES, key=[r["question"] for r in ROWS].index
        )


def test_the_table_holds_both_kinds_and_both_languages() -> None:
    kinds = {(r["kind"], r["lang"]) for r in ROWS}
    assert kinds == {("context", "nl"), ("context", "en"), ("kept", "nl"), ("kept", "en")}
    assert len(ROWS) > 300
