"""Rule premise_act: the act a why- or claim-premise asserts (lexicon/data/acts.toml, tables
with ``premise = true``) and whether a statement states it."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from lrt_search.answer.act_stated import asked_acts, number_changes, states_named_acts
from lrt_search.config import Settings

_ON: Any = SimpleNamespace(settings=Settings())
_OFF: Any = SimpleNamespace(settings=Settings(premise_act=False))


@pytest.mark.parametrize(
    ("question", "acts"),
    [
        ("Waarom heeft het kabinet de taakstelling verhoogd?", ("raise",)),
        ("Why was the moratorium lifted?", ("end",)),
        ("Waarom is de VNG uit de LRT gestapt?", ("leave",)),
        ("Why did the VNG leave the LRT?", ("leave",)),
        ("Waarom sloot de voorzitter van het VB aan bij de LRT?", ("join",)),
        ("Klopt het dat de leden akkoord gingen met de brief?", ("agree",)),
        ("Why did the LRT postpone the target?", ("cancel",)),
        # a negated act is a stance, no act asserted; other senses are not placed
        ("Waarom ging de VNG nog niet akkoord met de formuleringen?", ()),
        ("Why can the act not simply be withdrawn?", ()),
        ("Why did the VNG raise the issue of housing?", ()),
        ("Why did the members of the lower house object?", ()),
    ],
)
def test_premise_acts_asked(question: str, acts: tuple[str, ...]) -> None:
    assert asked_acts(_ON, question, premise=True)[0] == acts


def test_only_in_why_or_claim_and_when_on() -> None:
    assert asked_acts(_ON, "Wanneer werd de taakstelling verhoogd?", premise=False)[0] == ()
    assert asked_acts(_OFF, "Waarom werd de taakstelling verhoogd?", premise=True)[0] == ()


def test_act_stated_in_statement() -> None:
    assert states_named_acts("extend", "zal het BVM waarschijnlijk verlengd worden")
    assert not states_named_acts("end", "zal het BVM waarschijnlijk verlengd worden")
    assert states_named_acts("join", "sluit ook de voorzitter van het VB aan")
    assert states_named_acts("lower", "De instroom van Syriërs daalt")
    assert not states_named_acts("raise", "De instroom van Syriërs daalt")


def test_number_change_gives_direction() -> None:
    text = "Na evaluatie wordt de taakstelling bijgesteld van 17.700 naar 15.000."
    assert number_changes(text) == [(17700.0, 15000.0)]
    assert states_named_acts("lower", text)
    assert not states_named_acts("raise", text)
