"""What of a question was not understood: dates the period grammar cannot read, and which
words frame a question rather than name its topic (no index needed)."""

from __future__ import annotations

import pytest

from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.unread import Unread, content_words, describe, unread_dates


@pytest.mark.parametrize(
    ("question", "unread"),
    [
        ("What was said last Christmas about the housing target?", ["last Christmas"]),
        ("Wat werd er in Q3 besproken?", ["Q3"]),
        ("Wat gebeurde er op 31 februari 2023?", ["31 februari 2023"]),
        ("What happened on 2023-02-30?", ["2023-02-30"]),
        ("Wat zei het COA vorige maand?", ["vorige maand"]),
        ("Hoe staat het met de spreidingswet na de zomer?", ["na de zomer"]),
        ("What did IPO say in March?", ["in March"]),  # a month without any year
        ("Wat besprak de LRT met Kerstmis?", ["Kerstmis"]),
    ],
)
def test_dates_that_cannot_be_read(question: str, unread: list[str]) -> None:
    assert unread_dates(question) == unread


@pytest.mark.parametrize(
    "question",
    [
        "Wat werd afgesproken in april 2023?",
        "What was said on 3 November 2023?",
        "Wat zei de VNG tussen april en november 2023?",
        "In maart 2025, wat zei de VNG?",
        "What did the VNG say in the autumn of 2023?",
        "Wat is de taakstelling voor 2022-II?",
        "What may the provinces expect from the state secretary?",  # "may" is no month here
        "Wat zei IPO over de verdeling, en in welke maand van 2023?",
        # rule everyday_periods
        "Wat is er in het derde kwartaal van 2023 gezegd?",
        "Wat werd er rond Pasen 2024 besproken?",
        "What was said in Q3 2023?",
    ],
)
def test_dates_that_are_read_or_absent_give_no_note(question: str) -> None:
    assert unread_dates(question) == []


def test_content_words_leave_out_the_frame_of_a_question() -> None:
    table = OrgTable.default()
    words = lambda q: [w for w, _, _ in content_words(q, table)]  # noqa: E731
    assert words("Wat werd afgesproken in april 2023?") == []
    assert words("What was agreed in November 2023?") == []
    assert words("Welke afspraken zijn er in juli 2022 gemaakt?") == []
    assert words("What decisions were made in March 2025?") == []
    assert words("Wat zei de VNG in de vergadering van 3 november 2023?") == []
    assert words("Wat is er afgesproken over de PRT's?") == ["PRT's"]
    # A form of address before a name (roles.toml honorifics) is understood, no topic word.
    assert words("Wat zei mevrouw Faber over de spreidingswet?") == ["Faber", "spreidingswet"]
    assert words("Wat zei de heer Schoenmaker?") == ["Schoenmaker"]
    assert words("What did the provinces say about the housing shortage?") == [
        "housing",
        "shortage",
    ]


def test_notes_in_the_question_language() -> None:
    assert (
        describe("date", "vorige maand", "nl")
        == "datum \u201cvorige maand\u201d (geen periode uit te lezen)"
    )
    assert "not in the alias table" in Unread("name", "PVV").describe(english=True)
    assert Unread("words", "flurbel").to_dict(english=False) == {
        "kind": "words",
        "text": "flurbel",
        "note": "\u201cflurbel\u201d (niet in de notulen of de woordenlijst)",
    }
    assert Unread("date", "Q3").note == "unread date: Q3"
