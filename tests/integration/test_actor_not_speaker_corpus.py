"""Rule ``actor_not_speaker`` (search/actor_verbs.py) on the bundled corpus: "gemeenten" after a
modal ("konden gemeenten nog reageren") are who could act, so the term the state secretary's
meeting set answers, not a statement of the VNG."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine

_QUESTION = "Tot wanneer konden gemeenten nog reageren op de conceptbrieven van november 2023?"
_GOLD = "tot 12u op 10 november"


def test_the_group_after_a_modal_is_no_speaker(engine: Engine) -> None:
    on = engine.ask(_QUESTION)
    assert not on.abstained, on.reason
    assert any(_GOLD in c.quote for c in on.citations)
    assert not any("VNG" in n for n in on.notes)


def test_off_the_vng_is_the_speaker(engine: Engine) -> None:
    off = switched(engine, actor_not_speaker=False).ask(_QUESTION)
    assert all(_GOLD not in c.quote for c in off.citations)
