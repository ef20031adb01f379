"""Rule ``unread_notes_read`` (issue 16 session 26 task B4), inputs built by hand: the note of
what was not understood reads the verbs and particles of a question's frame and the lead of a
content date (:func:`note_read_spans`), lists a day without a month ("op de 45e"), and an unread
name with its possessive once; content words are unchanged (no decision moves). No index."""

from __future__ import annotations

import pytest

from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.unread import (
    content_words,
    date_lead_spans,
    find_unread,
    note_read_spans,
    unread_dates,
)


class _Analyzer:
    """Query terms: the word itself, lower case."""

    def tokenize_query(self, text: str, known: object = None) -> list[str]:
        return [w.lower() for w in text.split()]


KNOWN = frozenset({"spreidingswet", "agenda", "opvang", "vng", "huisvesting"})


def _listed(question: str, notes: bool) -> list[str]:
    found = find_unread(question, OrgTable.default(), None, _Analyzer(), KNOWN, notes=notes)
    return [w for u in found for w in u.text.split(", ")]


def _spanned(question: str) -> list[str]:
    return [question[a:b] for a, b in note_read_spans(question)]


def test_frame_verbs_and_particles_are_read() -> None:
    assert _spanned("Hoe vaak stond de spreidingswet op de agenda?") == ["stond"]
    assert _spanned("wat zeiden ze nou over de opvang") == ["nou"]
    assert _spanned("How many meetings dealt with the dispersal act?") == ["dealt"]
    assert _spanned("Wat is er over de opvang gezegd?") == []


def test_the_lead_of_a_content_date_is_read_before_its_day_only() -> None:
    def leads(question: str) -> list[str]:
        return [question[a:b] for a, b in date_lead_spans(question)]

    assert leads("Wat meldde de VNG met ingang van 1 januari 2024?") == ["met ingang van"]
    assert leads("Wat zei de VNG uiterlijk 1 juli?") == ["uiterlijk"]
    assert leads("Wat is de ingang van de opvang?") == []


@pytest.mark.parametrize(
    ("question", "day"),
    [
        ("Wat zei de VNG op de 45e over de opvang?", ["de 45e"]),
        ("What did the VNG say on the 45th?", ["the 45th"]),
        ("Wat werd er op de 3e besproken?", []),  # "besproken": no preposition, no end
        ("Wat zei de VNG op de 2e vergadering?", []),  # a meeting, not a day
        ("What was said on the 3rd of November 2023?", []),
    ],
)
def test_a_day_without_a_month(question: str, day: list[str]) -> None:
    assert [d for d in unread_dates(question, notes=True) if d in day] == day
    assert not any(d in ("de 45e", "the 45th") for d in unread_dates(question))  # rule off


def test_the_note_with_the_rule_on_and_off() -> None:
    question = "Hoe vaak stond de spreidingswet op de agenda?"
    assert _listed(question, notes=False) == ["stond"]
    assert _listed(question, notes=True) == []
    possessive = "Wat zei de XQB's voorzitter over de opvang?"
    assert _listed(possessive, notes=False) == ["XQB", "XQB's"]
    assert _listed(possessive, notes=True) == ["XQB"]


def test_content_words_do_not_change() -> None:
    words = [
        w
        for w, _, _ in content_words(
            "Hoe vaak stond de spreidingswet op de agenda?", OrgTable.default()
        )
    ]
    assert "stond" in words
