"""Rule act_forms_split_read (answer/act_split.py, issue 16 session 30 task C): an act stated
by its Dutch verbs in Dutch word order. By hand, no index."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from lrt_search.answer.act_split import states_split
from lrt_search.answer.act_stated import states_acts, states_named_acts
from lrt_search.config import Settings


@pytest.mark.parametrize(
    ("act", "text"),
    [
        ("raise", "COA doet twee suggesties om de toewijzingen toe te laten nemen."),
        ("raise", "Het aantal aanmeldingen neemt de komende maanden sterk toe."),
        ("raise", "De instroom neemt toe met 500 per week."),
        ("raise", "Het COA verwacht dat de bezetting toe zal nemen."),
        ("raise", "Het COA meldt dat de bezetting toeneemt."),
        ("lower", "De instroom nam in 2024 af, zegt het COA."),
        ("start", "om grote communicatie over de brieven op te zetten."),
        ("join", "De voorzitter van het VB schuift bij dit overleg aan."),
        ("agree", "Het IPO keurt het voorstel goed en de VNG ook."),
        ("cancel", "Het kabinet stelt de besluitvorming uit."),
    ],
)
def test_the_act_is_stated_in_dutch_word_order(act: str, text: str) -> None:
    assert states_split(act, text)


@pytest.mark.parametrize(
    ("act", "text"),
    [
        ("raise", "Het COA neemt daartoe het besluit."),  # "daartoe": no particle
        ("raise", "Het COA neemt het besluit."),  # the base verb alone
        ("raise", "Het aantal neemt af."),  # the opposite's particle
        ("start", "Het kabinet zet in op huisvesting."),  # "op" before a noun: a preposition
        ("lower", "De gemeenten vallen terug op de noodopvang."),  # another verb's particle
        ("end", "Het afgelopen jaar is veel gebeurd."),  # a participle that describes a noun
    ],
)
def test_no_act_where_the_words_mean_something_else(act: str, text: str) -> None:
    assert not states_split(act, text)


def test_an_act_without_verbs_has_no_split_forms() -> None:
    assert not states_split("vote", "De leden stemmen in.")


def _quote(split: bool, text: str, acts: tuple[str, ...]) -> Any:
    settings = Settings(act_forms_split_read=split)
    return SimpleNamespace(
        retriever=SimpleNamespace(settings=settings),
        needs=SimpleNamespace(acts=acts),
        text=text,
        heading="",
        before="",
    )


def test_the_switch_decides_the_quote_check() -> None:
    text = "COA doet twee suggesties om de toewijzingen toe te laten nemen."
    assert states_acts(_quote(True, text, ("raise",)))
    assert not states_acts(_quote(False, text, ("raise",)))
    assert states_named_acts("raise", text)
    assert not states_named_acts("raise", text, split=False)


def test_a_split_form_stays_within_its_line() -> None:
    """The quote, its heading and the statement before it are joined by line breaks: a
    particle of the next line is not the quote's, a line's end ends the clause."""
    assert states_split("raise", "Het aantal neemt toe\nAgenda")
    assert not states_split("raise", "Het aantal neemt\nde agenda toe.")
