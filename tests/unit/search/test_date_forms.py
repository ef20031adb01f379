"""Rule ``date_forms_read``: the table of every way people write a date
(tests/data/date_forms.toml, written by eval/make_date_forms.py: numeric days with "-", "/"
and ".", two-digit years, month names and abbreviations with and without a dot, ordinals,
days without a year, months, parts, quarters, halves, seasons, weeks, bounds; and what is no
date) is read as `ask` reads a question, with the meetings of the bundled corpus, as the table
says; and the generator still writes it."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.date_forms import read_date_forms
from lrt_search.search.date_words import read_date_words
from lrt_search.search.parsed import read_question

ROOT = Path(__file__).resolve().parents[3]
TABLE_PATH = ROOT / "tests" / "data" / "date_forms.toml"
ROWS = tomllib.loads(TABLE_PATH.read_text("utf-8"))["row"]
D = dt.date
MEETINGS = (D(2022, 7, 8), D(2023, 4, 6), D(2023, 11, 3), D(2023, 11, 10), D(2025, 3, 19))
TABLE = OrgTable.default()


def _has_meeting(since: dt.date | None, until: dt.date | None) -> bool:
    return any((since is None or since <= d) and (until is None or d <= until) for d in MEETINGS)


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def test_the_table_is_written_by_its_generator() -> None:
    before = TABLE_PATH.read_text("utf-8")
    subprocess.run([sys.executable, str(ROOT / "eval" / "make_date_forms.py")], check=True)
    assert TABLE_PATH.read_text("utf-8") == before
    assert len(ROWS) > 800


def test_the_corpus_holds_the_meetings_of_the_table() -> None:
    days = sorted(D.fromisoformat(p.name[:10]) for p in (ROOT / "corpus").glob("*-lrt.txt"))
    assert tuple(days) == MEETINGS


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['lang']}:{r['phrase']}" for r in ROWS])
def test_every_date_form_reads_as_the_table_says(row: dict[str, object]) -> None:
    text = read_date_forms(read_date_words(str(row["question"]))[0])[0]  # as `ask` reads it
    parsed = read_question(text, TABLE, has_meeting=_has_meeting)
    read = (_iso(parsed.since), _iso(parsed.until))
    if row.get("read", True) is False:
        assert read == ("", ""), parsed.period
        return
    assert read == (row["since"], row["until"]), parsed.period
    inside = [d.isoformat() for d in MEETINGS if (parsed.since or d) <= d <= (parsed.until or d)]
    assert inside == row["meetings"]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Wat zei de VNG op 3/11/2023?", "Wat zei de VNG op 3 november 2023?"),
        ("What did the VNG say on 03.11.23?", "What did the VNG say on 3 November 2023?"),
        ("sinds 03-11-2023", "sinds 3 november 2023"),
        ("Wat is er in 11/2023 besproken?", "Wat is er in november 2023 besproken?"),
        ("Wat zei COA op 6-4 over Ter Apel?", "Wat zei COA op 6 april over Ter Apel?"),
        ("Wat zei COA op de 6e april?", "Wat zei COA op 6 april?"),
        ("What did COA say on the 6th of April?", "What did COA say on the 6 April?"),
        ("What did COA say on Apr 6th?", "What did COA say on Apr 6?"),
        ("Wat zei COA op donderdag 6 april?", "Wat zei COA op 6 april?"),
        ("Wat zei COA tijdens de LRT 6 april?", "Wat zei COA tijdens de LRT van 6 april?"),
        ("Wat zei COA half juli 2022?", "Wat zei COA medio juli 2022?"),
        ("Wat zei COA najaar '23?", "Wat zei COA najaar 2023?"),
        ("What did COA say in Q1-2025?", "What did COA say in Q1 2025?"),
        ("Wat zei COA op 6-apr-23?", "Wat zei COA op 6 apr 2023?"),
        ("Wat zei COA op vr. 3 nov?", "Wat zei COA op 3 nov?"),
    ],
)
def test_a_date_form_is_written_as_read(text: str, read: str) -> None:
    assert read_date_forms(text)[0] == read


@pytest.mark.parametrize(
    "text",
    [
        "Wat zei de VNG over 3/4 van de gemeenten?",
        "Wat zei de VNG op 3/4 van de locaties?",
        "Hoeveel plekken: 13.500 of 1-2 jaar?",
        "Wat zei de VNG op 1-2 dagen na de brief?",
        "Wat was de taakstelling voor 2022-II?",
        "Wat zei de VNG over de eerste half 2023?",
        "Wat werd om 9.15 uur besproken?",
        "vng gezamenlijk signaal over brieven 10 nov voorstel",
        "Wat zei de VNG op 31/2?",
        "Wat zegt artikel 2.3.10 van de wet?",
        "Wat is rock 'n' roll?",
        "Wat zei de VNG zo 3 keer?",
    ],
)
def test_numbers_and_days_that_are_not_read_stay_as_written(text: str) -> None:
    assert read_date_forms(text) == (text, [])


def test_notes_name_the_reading() -> None:
    assert read_date_forms("op 3/11/2023")[1] == ["date: 3/11/2023 -> 3 november 2023"]


def test_the_switch() -> None:
    from types import SimpleNamespace

    from lrt_search.config import Settings
    from lrt_search.search.abbreviations import read_abbreviations

    no_index = dict(spoken_abbreviations=False, chat_abbreviations=False, abbreviation_forms=False)
    off = Settings(date_forms_read=False, **no_index)
    on = Settings(**no_index)
    question = "wat is er besproken op 3/11/2023"
    assert read_abbreviations(SimpleNamespace(settings=off), question) == (question, [])  # type: ignore[arg-type]
    text, notes = read_abbreviations(SimpleNamespace(settings=on), question)  # type: ignore[arg-type]
    assert text == "wat is er besproken op 3 november 2023" and notes[0].startswith("date: ")
