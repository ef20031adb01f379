"""Session 26 task F5: acts.toml's patterns read an act, not a word or phrase of another sense
that shares its letters (inputs built by hand; the full table is tests/data/act_words.toml)."""

from __future__ import annotations

import pytest

from lrt_search.answer.act_stated import act_pattern, asked_pattern


@pytest.mark.parametrize(
    ("act", "text", "found"),
    [
        ("cancel", "De bijeenkomst gaat niet door.", True),
        ("cancel", "Dat helpt ons niet door de grote aantallen heen.", False),
        ("stop", "Die opvang bieden we niet meer.", True),
        ("stop", "Er zijn niet meer dan 200 plaatsen.", False),
        ("leave", "De VNG trok zich terug uit de LRT.", True),
        ("leave", "De trekkers gaan terug naar huis.", False),
        ("boycott", "De VNG sprak een veto uit.", True),
        ("boycott", "De vetopname steeg.", False),
        ("join", "De gemeente sloot aan.", True),
        ("join", "De aanslag op het azc.", False),
        ("join", "De aansluiting bij de LRT.", True),
        ("raise", "De verhoging van de taakstelling.", True),
        ("raise", "De verhouding tussen Rijk en gemeenten.", False),
        ("agree", "De LRT stemde daarmee in.", True),
        ("agree", "De Kamer stemt in juni over de wet.", False),
    ],
)
def test_stated_sense(act: str, text: str, found: bool) -> None:
    assert bool(act_pattern(act).search(text)) is found


@pytest.mark.parametrize(
    ("act", "text", "found"),
    [
        ("close", "Wanneer werd de locatie in Budel gesloten?", True),
        ("close", "Wanneer werd de overeenkomst met het COA gesloten?", False),
        ("walk_out", "Waarom liep de VNG weg?", True),
        ("walk_out", "Wie liep over de weg naar Ter Apel?", False),
        ("ban", "Sinds wanneer is het verbod van kracht?", True),
        ("ban", "Waar staat het verbodsbord?", False),
    ],
)
def test_asked_sense(act: str, text: str, found: bool) -> None:
    assert bool(asked_pattern(act).search(text)) is found
