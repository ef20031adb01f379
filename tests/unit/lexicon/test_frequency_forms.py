"""The table of frequency forms (tests/data/frequency_forms.toml, written by
eval/make_frequency_forms.py; issue 16, session 26 task B3): every form that asks a count of
meetings reads intent ``frequency`` (rule ``frequency_meetings``), and no form that asks how
often something happens in the world, a ratio or a count of members reads it. No index."""

from __future__ import annotations

import tomllib
from pathlib import Path

from lrt_search.lexicon.intents import asks
from lrt_search.search.abbreviations import drop_fillers

ROOT = Path(__file__).resolve().parents[3]
TABLE = tomllib.loads((ROOT / "tests" / "data" / "frequency_forms.toml").read_text("utf-8"))["row"]


def misreads() -> list[str]:
    """Every row whose reading of intent ``frequency`` is not its ``frequency``."""
    return [
        f"{row['question']!r}: frequency {not row['frequency']}"
        for row in TABLE
        if asks("frequency", drop_fillers(row["question"])) != row["frequency"]
    ]


def test_table_has_both_kinds() -> None:
    assert {r["frequency"] for r in TABLE} == {True, False}
    assert {r["language"] for r in TABLE} == {"nl", "en"}
    assert len(TABLE) >= 200


def test_every_form_read() -> None:
    bad = misreads()
    assert not bad, f"{len(bad)} of {len(TABLE)} misread:\n" + "\n".join(bad)
