"""Rule ``date_words_read`` (search/date_words.py): dates in words written in digits, numbers
that are no date left as written, and the switch (inside ``read_abbreviations``)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from lrt_search.config import Settings
from lrt_search.search.date_words import cardinals, ordinals, read_date_words

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("in november twintig drieëntwintig", "in november 2023"),
        ("vastgesteld in juli twintig tweeëntwintig van", "vastgesteld in juli 2022 van"),
        ("before the twenty first of april cabinet meeting", "before 21 april cabinet meeting"),
        ("op de derde nov. tweeduizend drieëntwintig", "op 3 nov 2023"),
        ("on November the third, twenty twenty three", "on 3 November 2023"),
        ("since two thousand and twenty-two", "since 2022"),
        ("in Nov. twenty-three", "in Nov 2023"),
        ("in november drieëntwintig", "in november 2023"),
        ("in nov. '23", "in nov 2023"),
        ("tweeduizenddrieëntwintig", "tweeduizenddrieëntwintig"),
        ("in tweeduizenddrieëntwintig", "in 2023"),
        ("on nineteen March twenty twenty-five", "on 19 March 2025"),
        ("the meeting of november ten", "the meeting of 10 november"),
        ("na een juli", "na 1 juli"),
    ],
)
def test_a_date_in_words_is_written_in_digits(text: str, read: str) -> None:
    assert read_date_words(text)[0] == read


@pytest.mark.parametrize(
    "text",
    [
        "tweeduizend plekken",
        "twenty-three councils",
        "de derde brief",
        "the third may be",
        "In the meeting after the one of April 2023",
        "between the two November 2023 meetings",
        "op 20 november een kennismakingsgesprek",
        "on November twenty-three councils met",
        "op 3 november 2023",
        "on Nov 3rd, 2023",
        "Zijn er tweeduizend drieëntwintig statushouders gehuisvest?",
        "How many of the two thousand and twenty-three places?",
    ],
)
def test_numbers_that_are_no_date_stay_as_written(text: str) -> None:
    assert read_date_words(text) == (text, [])


def test_the_number_table_phrases_are_no_dates() -> None:
    """Every value and range phrase of the number table (tests/unit/answer/
    test_number_forms_table.py) is left as written."""
    path = ROOT / "tests" / "unit" / "answer" / "test_number_forms_table.py"
    spec = importlib.util.spec_from_file_location("number_forms_table_rows", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    phrases = [row[0] for row in module._rows()] + [row[0] for row in module._ranges()]
    assert len(phrases) > 1000
    assert [p for p in phrases if read_date_words(p)[0] != p] == []


def test_word_tables() -> None:
    assert ordinals()["eenentwintigste"] == 21 and ordinals()["twenty-first"] == 21
    assert ordinals()["derde"] == 3 and ordinals()["twelfth"] == 12
    assert ordinals()["thirtieth"] == 30 and ordinals()["achtste"] == 8
    assert cardinals()["drieëntwintig"] == cardinals()["drieentwintig"] == 23
    assert cardinals()["twenty-three"] == 23


def test_notes_name_the_reading() -> None:
    assert read_date_words("in juli twintig tweeëntwintig")[1] == [
        "date: juli twintig tweeëntwintig -> juli 2022"
    ]


def test_the_switch() -> None:
    from lrt_search.search.abbreviations import read_abbreviations

    # the readers that need an index off (a SimpleNamespace has no chunks)
    no_index = dict(spoken_abbreviations=False, chat_abbreviations=False, abbreviation_forms=False)
    off = Settings(date_words_read=False, **no_index)
    on = Settings(**no_index)
    question = "wat is er besproken in juli twintig tweeëntwintig"
    assert read_abbreviations(SimpleNamespace(settings=off), question) == (question, [])  # type: ignore[arg-type]
    text, notes = read_abbreviations(SimpleNamespace(settings=on), question)  # type: ignore[arg-type]
    assert text == "wat is er besproken in juli 2022" and notes[0].startswith("date: ")
