"""Rule reply_reactions_read (answer.bullet_reaction): every row of
tests/data/bullet_replies.toml (eval/make_bullet_replies.py) read without an index - whether
B's bullet reacts to A's bullet before it (the hand label ``reply``), and so whether A's bullet
lends its topic for a question asking B's reply. At main the bullet before lent in every row:
5 of 10 rows failed."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

import pytest

from lrt_search.answer.bullet_reaction import (
    asks_or_requests,
    lends_before,
    reaction_signal,
)
from lrt_search.index.analysis import DutchAnalyzer
from lrt_search.lexicon.organisations import OrgTable

_ROWS = tomllib.loads(
    (Path(__file__).parents[2] / "data" / "bullet_replies.toml").read_text(encoding="utf-8")
)["row"]


@cache
def _tools() -> tuple[OrgTable, DutchAnalyzer]:
    return OrgTable.default(), DutchAnalyzer()


def _named(text: str) -> set[str]:
    return {m.code for m in _tools()[0].mentions(text)}


def _terms(text: str) -> set[str]:
    return set(_tools()[1].tokenize(text))


def _signal(first: str, second: str, a: list[str], b: list[str], heading: str = "") -> str:
    return reaction_signal(first, second, a, b, _named, _terms, heading)


@pytest.mark.parametrize("row", _ROWS, ids=[r["topic"] for r in _ROWS])
def test_every_row_reacts_as_read_by_hand(row: dict) -> None:
    assert asks_or_requests(row["first"])
    signal = _signal(
        row["first"], row["second"], row["first_speakers"], row["second_speakers"],
        row["heading"],
    )  # fmt: skip
    lends = lends_before(True, True, row["first_speakers"], row["second_speakers"], lambda: signal)
    assert lends is row["reply"], signal


def test_the_table_holds_both_labels() -> None:
    assert {r["reply"] for r in _ROWS} == {True, False}


def test_off_or_no_reply_asked_the_bullet_before_lends_always() -> None:
    never = lambda: ""  # noqa: E731
    assert lends_before(False, True, ["IPO"], ["CdK"], never)
    assert lends_before(True, False, ["IPO"], ["CdK"], never)
    assert lends_before(True, True, [], ["CdK"], never)  # no speaker before
    assert lends_before(True, True, ["IPO", "CdK"], ["CdK"], never)  # B spoke it too
    assert not lends_before(True, True, ["IPO"], ["CdK"], never)


@pytest.mark.parametrize(
    ("second", "signal"),
    [
        ("MVRO sluit zich hierbij aan en beaamt de samenhang.", "agrees"),
        ("Het COA is het eens met de inzet van het kabinet op zelfredzaamheid.", ""),
        ("SJenV heeft begrip voor deze constateringen.", "agrees"),
        ("Dit wordt meegenomen in de uitwerking.", "points_back"),
        ("SJenV antwoordt dat dat niet kan.", "reply_word"),
        ("MBZK gaat in op de vraag over indeplaatsstelling.", "reply_word"),
        ("Het COA neemt de opvang van kwetsbare OEK'ers op zich.", "takes_up"),
        ("Het COA wijst op de bezetting van de locaties.", ""),
        ("Het COA verwijst naar de VNG.", "names_first"),
    ],
)
def test_reactions_without_and_with_a_reply_word(second: str, signal: str) -> None:
    first = "VNG stelt voor om kwetsbare OEK'ers eerst op te vangen."
    got = _signal(first, second, ["VNG"], ["COA"])
    assert got == signal


def test_a_request_addressed_to_the_next_speaker() -> None:
    first = "De CdK vraagt wat de Staatssecretaris hieraan kan doen."
    assert _signal(first, "Momenteel kan dat niet.", ["CdK"], ["SJenV"]) == "addressed"
