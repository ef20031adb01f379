"""Issue 16 session 26 task B4: the note of what a question had that was not understood
(:func:`lrt_search.search.unread.find_unread`, as ``ask`` makes it) lists exactly the words the
table says (tests/data/unread_notes.toml, written by eval/make_unread_notes.py from the rows of
the generated tables): nothing for a question every word of which is read (frame, speaker,
period, topic words of the minutes), and the inserted word the reader cannot place (a nonsense
word, a day "op de 45e", a name the minutes lack). Uses the session index (the vocabulary)."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from lrt_search.answer.understanding import understand
from lrt_search.service import Engine

ROOT = Path(__file__).resolve().parents[3]
TABLE_PATH = ROOT / "tests" / "data" / "unread_notes.toml"
ROWS = tomllib.loads(TABLE_PATH.read_text("utf-8"))["row"]


def note_words(engine: Engine, question: str) -> list[str]:
    """The words the note of ``question`` lists, as ``ask`` reads it."""
    frame = understand(engine, question, None, None, None)
    return sorted(w for u in frame.unread for w in u["text"].split(", "))


def test_the_table_is_written_by_its_generator() -> None:
    before = TABLE_PATH.read_text("utf-8")
    subprocess.run([sys.executable, str(ROOT / "eval" / "make_unread_notes.py")], check=True)
    assert TABLE_PATH.read_text("utf-8") == before
    assert len(ROWS) > 400
    assert {r["lang"] for r in ROWS} == {"nl", "en"}


def test_every_row_gets_the_note_the_table_says(engine: Engine) -> None:
    wrong = [
        (r["question"], got, r["unread"])
        for r in ROWS
        if (got := note_words(engine, r["question"])) != sorted(r["unread"])
    ]
    assert not wrong, f"{len(wrong)} of {len(ROWS)} rows: {wrong[:20]}"


@pytest.mark.parametrize(
    ("question", "unread"),
    [
        ("In hoeveel vergaderingen kwam de spreidingswet aan bod?", []),
        ("Hoe vaak stond de spreidingswet op de agenda?", []),
        ("Wat zei de VNG op de 45e over de opvang?", ["de 45e"]),
    ],
)
def test_frame_verbs_are_read_and_an_impossible_day_is_not(
    engine: Engine, question: str, unread: list[str]
) -> None:
    assert note_words(engine, question) == unread
