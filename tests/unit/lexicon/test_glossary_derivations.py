"""Rule glossary_derivations_read (lexicon/glossary_derivations.py): every row of
tests/data/glossary_derivations.toml (written by eval/make_glossary_derivations.py) - an English
question asking with a word of a glossary term's derivation family - reads the word as the
table says: as the entry's Dutch terms (kind "derived") or not through the glossary (FreeDict
reads it, a verb of speech or frame, another sense or word class, a family that misleads). No
index."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from lrt_search.config import Settings
from lrt_search.lexicon.glossary import Glossary, GlossaryEntry

ROOT = Path(__file__).resolve().parents[3]
TABLE_PATH = ROOT / "tests" / "data" / "glossary_derivations.toml"
ROWS = tomllib.loads(TABLE_PATH.read_text("utf-8"))["row"]
KINDS = {"derived", "freedict", "frame", "other", "mislead", "attributive"}


def _read_as(question: str, word: str) -> list[list[str]]:
    """The Dutch terms of each glossary match of ``question`` written as ``word``."""
    return [list(e.nl) for s, e in Glossary.default().matches(question) if s.lower() == word]


def test_the_table_is_written_by_its_generator() -> None:
    before = TABLE_PATH.read_text("utf-8")
    subprocess.run(
        [sys.executable, str(ROOT / "eval" / "make_glossary_derivations.py")], check=True
    )
    assert TABLE_PATH.read_text("utf-8") == before
    assert {r["kind"] for r in ROWS} == KINDS


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['kind']}:{r['word']}" for r in ROWS])
def test_every_row_is_read_as_the_table_says(row: dict) -> None:
    read = _read_as(row["question"], row["word"])
    expected = [row["nl"]] if row["nl"] else []
    if "known" in row:  # a listed miss: read otherwise (drop it from KNOWN when fixed)
        assert read != expected, row["known"]
        return
    assert read == expected


def test_on_by_default_and_off_by_its_switch() -> None:
    assert Settings().glossary_derivations_read is True
    question = "What did the CdK say about newcomers having to integrate and work?"
    on = Glossary.default().matches(question)
    assert [(s, e.nl[0]) for s, e in on] == [("integrate", "integratie"), ("work", "aan het werk")]
    off = Glossary.default(derivations=False).matches(question)
    assert [s for s, _ in off] == ["work"]


def test_no_reading_in_dutch_of_speech_or_of_what_freedict_reads() -> None:
    glossary = Glossary.default()
    assert glossary.expand("Wat zei de CdK over integreren?") == []
    assert glossary.expand("What did the VNG commit to?") == []  # a word of speech
    assert glossary.expand("Did the COA evaluate it?") == []  # a verb of the frame
    assert glossary.expand("Who may participate?") == []  # FreeDict: deelnemen


def test_a_family_meeting_entries_of_different_senses_is_not_read() -> None:
    apart = [GlossaryEntry(("register",), ("register",)), GlossaryEntry(("registrate",), ("x",))]
    assert Glossary(apart, derivations=True).expand("the registration") == []
    same = [apart[0], GlossaryEntry(("registrate",), ("register", "inschrijving"))]
    assert Glossary(same, derivations=True).expand("the registration") == ["register"]


def test_a_verb_is_no_noun_its_entry_lists_in_the_plural() -> None:
    things = GlossaryEntry(("organisation", "organisations"), ("organisatie",))
    assert Glossary([things], derivations=True).expand("Who will organise it?") == []
    act = GlossaryEntry(("organisation",), ("organisatie",))
    assert Glossary([act], derivations=True).expand("Who will organise it?") == ["organisatie"]
    assert Glossary([act]).expand("Who will organise it?") == []  # the rule off
