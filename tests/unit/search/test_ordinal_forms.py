"""Rule ``ordinal_forms_everywhere``: the table of every ordinal form ("1e", "1ste", "2de",
"3e", "21ste", "eerste", "1st", "2nd", "3rd", "21st", "first") in every frame the period
readers read (tests/data/ordinal_forms.toml, written by eval/make_ordinal_forms.py: a day
before its month, with an article, after a weekday, without its year, after a bound, in "de
week van", quarters and halves; and ordinals that are no day) is read as `ask` reads a
question, with the meetings of the bundled corpus, as the table says; and the generator still
writes it."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from lrt_search.config import Settings
from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.date_forms import read_date_forms
from lrt_search.search.date_words import read_date_words
from lrt_search.search.parsed import read_question
from lrt_search.search.unread import unread_dates

ROOT = Path(__file__).resolve().parents[3]
TABLE_PATH = ROOT / "tests" / "data" / "ordinal_forms.toml"
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
    subprocess.run([sys.executable, str(ROOT / "eval" / "make_ordinal_forms.py")], check=True)
    assert TABLE_PATH.read_text("utf-8") == before
    assert len(ROWS) > 400


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['lang']}:{r['phrase']}" for r in ROWS])
def test_every_ordinal_form_reads_as_the_table_says(row: dict[str, object]) -> None:
    question = read_date_words(str(row["question"]))[0]  # as `ask` reads it
    text = read_date_forms(question, Settings().ordinal_forms_everywhere)[0]
    parsed = read_question(text, TABLE, has_meeting=_has_meeting)
    read = (_iso(parsed.since), _iso(parsed.until))
    if row.get("read", True) is False:
        assert read == ("", ""), parsed.period
        return
    assert read == (row["since"], row["until"]), (text, parsed.period)
    inside = [d.isoformat() for d in MEETINGS if (parsed.since or d) <= d <= (parsed.until or d)]
    assert inside == row["meetings"]
    assert unread_dates(text, parsed, notes=True) == []  # no "not understood" date either


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Wat zei COA in het 2de kwartaal van 2023?", "Wat zei COA in het 2e kwartaal van 2023?"),
        ("Wat zei COA in de 1ste helft van 2023?", "Wat zei COA in de 1e helft van 2023?"),
        ("Wat zei COA in de 2de jaarhelft 2023?", "Wat zei COA in de 2e jaarhelft 2023?"),
        ("Wat zei COA sinds de 3de november 2023?", "Wat zei COA sinds 3 november 2023?"),
        ("Wat zei COA na de 1ste april 2023?", "Wat zei COA na 1 april 2023?"),
        ("What did COA say since the 3rd of November?", "What did COA say since 3 November?"),
        ("What did COA say before the 21st of March?", "What did COA say before 21 March?"),
        ("Wat zei COA in de week van de 3e nov?", "Wat zei COA in de week van 3 nov?"),
        ("Wat zei COA tijdens de LRT van de 8ste juli?", "Wat zei COA tijdens de LRT van 8 juli?"),
    ],
)
def test_an_ordinal_form_is_written_as_read(text: str, read: str) -> None:
    assert read_date_forms(text, ordinals=True)[0] == read


@pytest.mark.parametrize(
    "text",
    [
        "Wat zei de VNG voor de 3de keer over de opvang?",
        "Wat staat er in het 2de punt van de brief?",
        "Wat zei de VNG over de 21ste eeuw?",
        "Wat zei de VNG op de 3de?",
        "Wat zei de VNG in het 5de kwartaal?",  # no part of a year: not written as "5e"
        "Wat zei de VNG over de 2de helft van de middag?",  # a half, but no year
        "Wat zei de VNG in het 2de kwartaal?",  # no year: no reader reads "het 2e kwartaal" either
        "Wat zei de VNG over de 3de november?",  # no lead word: the article stays
    ],
)
def test_ordinals_that_are_no_part_or_bound_stay(text: str) -> None:
    assert read_date_forms(text, ordinals=True) == read_date_forms(text)


def test_the_switch() -> None:
    from types import SimpleNamespace

    from lrt_search.search.abbreviations import read_abbreviations

    no_index = dict(spoken_abbreviations=False, chat_abbreviations=False, abbreviation_forms=False)
    off = Settings(ordinal_forms_everywhere=False, **no_index)
    on = Settings(**no_index)
    question = "wat is er besproken sinds de 3de november 2023 en in het 2de kwartaal van 2025"
    text, _ = read_abbreviations(SimpleNamespace(settings=off), question)  # type: ignore[arg-type]
    assert text == "wat is er besproken sinds de 3 november 2023 en in het 2de kwartaal van 2025"
    text, notes = read_abbreviations(SimpleNamespace(settings=on), question)  # type: ignore[arg-type]
    assert text == "wat is er besproken sinds 3 november 2023 en in het 2e kwartaal van 2025"
    assert "date: 2de kwartaal -> 2e kwartaal" in notes
