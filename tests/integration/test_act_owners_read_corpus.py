"""Rule ``act_owners_read`` (search/act_owners.py) on the bundled corpus: in "Wat antwoordde
de CdK op het pleidooi van het IPO voor een uitvoeringstoets en impactanalyse?" the IPO owns
the plea, it did not answer; the CdK said nothing on it (2025-03-19), so the question is
refused. With the rule off the IPO is read as a speaker and its own plea is quoted."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine

_ASKED = (
    "Wat antwoordde de CdK op het pleidooi van het IPO voor een uitvoeringstoets en impactanalyse?"
)


def test_the_owner_of_the_plea_is_not_quoted_as_the_one_who_answered(engine: Engine) -> None:
    assert engine.ask(_ASKED).abstained


def test_off_the_owner_is_read_as_a_speaker(engine: Engine) -> None:
    assert not switched(engine, act_owners_read=False).ask(_ASKED).abstained
