"""Rule amount_noun_tied (answer/amount_tied.py): what a Dutch money question's amount is of,
and whether a statement that states an amount names it (inputs built by hand; no index)."""

from __future__ import annotations

import dataclasses
from types import SimpleNamespace
from typing import Any

import pytest

from lrt_search.answer.amount_tied import paid_for, untied
from lrt_search.config import Settings

_KNOWN = {"inburgering", "statushouder", "woning", "flexwoning", "regeling", "gemeenten"}
_AMOUNT = "De 30.000 regeling, een bedrag dat gemeenten eenmalig ontvangen als zij een statushouder"


def _retriever(on: bool = True) -> Any:
    def tokenize(text: str, known: Any = None) -> list[str]:
        return [w.strip(".,?").lower() for w in text.split()]

    return SimpleNamespace(
        settings=dataclasses.replace(Settings(), amount_noun_tied=on),
        bm25=SimpleNamespace(terms=_KNOWN),
        analyzer=SimpleNamespace(tokenize_query=tokenize, tokenize=tokenize),
        glossary=SimpleNamespace(expand=lambda phrase: []),
        synonyms=None,
    )


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("Hoeveel geld krijgt een gemeente voor de inburgering?", "inburgering"),
        ("Hoeveel geld krijgen gemeenten als ze een zwembad openen?", "zwembad"),
        ("Hoeveel mag een tijdelijke woning maximaal kosten?", "woning"),
        ("Wat kost een flexwoning gemiddeld?", "flexwoning"),
        ("Wat is de prijs per flexwoning?", "flexwoning"),
        ("Hoeveel geld krijgt men voor het overnemen van een statushouder?", "statushouder"),
    ],
)
def test_what_the_amount_is_of(question: str, noun: str) -> None:
    found = paid_for(_retriever(), question)
    assert found is not None and found[0] == noun


def test_a_noun_the_minutes_lack_has_no_terms() -> None:
    assert paid_for(_retriever(), "Hoeveel geld gaat er naar gemeenten als ze een zwembad bouwen?")
    found = paid_for(_retriever(), "Hoeveel geld krijgen gemeenten als ze een zwembad openen?")
    assert found == ("zwembad", frozenset())


@pytest.mark.parametrize(
    "question", ["Hoeveel geld krijgen gemeenten eenmalig?", "Welk bedrag noemde de VNG?"]
)
def test_no_noun_named(question: str) -> None:
    assert paid_for(_retriever(), question) is None


def _frame(question: str, on: bool = True, english: bool = False) -> Any:
    return SimpleNamespace(
        retriever=_retriever(on), scope=SimpleNamespace(english=english), question=question
    )


def test_an_amount_of_another_noun_is_untied() -> None:
    stating: Any = [SimpleNamespace(quote=_AMOUNT)]
    question = "Hoeveel geld krijgt een gemeente voor de inburgering van een statushouder?"
    assert untied(_frame(question), stating) == "inburgering"
    assert untied(_frame(question, on=False), stating) == ""
    assert untied(_frame(question, english=True), stating) == ""
    assert untied(_frame(question), []) == ""


def test_an_amount_of_the_asked_noun_is_tied() -> None:
    stating: Any = [SimpleNamespace(quote=_AMOUNT)]
    question = "Hoeveel geld krijgt een gemeente voor het overnemen van een statushouder?"
    assert untied(_frame(question), stating) == ""
