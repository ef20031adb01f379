"""Spelling on the bundled corpus: a compound of two words of general Dutch is split by
:func:`~lrt_search.search.spelling.general_compound` (read by eval/spelling_corrections.py), and a
slip inside a word of the minutes is corrected. Rule ``spelling_keeps_part_start``, which refused
a correction changing a part's first letter ("spreidingsnet" -> "spreidingswet"), was deleted in
session 17: it changed no question but its own probes' (docs/settings.md)."""

from __future__ import annotations

from lrt_search.search.spelling import general_compound
from lrt_search.service import Engine


def test_general_compound_splits_into_words_of_general_dutch() -> None:
    assert general_compound("sitsplaatsen", 3.0) == ("sit", "plaatsen")
    assert general_compound("werkgebouwen", 3.0) == ("werk", "gebouwen")
    assert general_compound("spreidingswte", 3.0) == ()  # "wte" is no word
    assert general_compound("tydelijke", 3.0) == ()


def test_a_slip_is_still_corrected(engine: Engine) -> None:
    answer = engine.ask("Wie wil de spreidingswte intrekken?")
    assert "spelling: spreidingswte -> spreidingswet" in answer.notes
    assert not answer.abstained
