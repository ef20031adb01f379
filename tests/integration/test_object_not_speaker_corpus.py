"""Rule ``object_not_speaker`` (search/object_verbs.py) on the bundled corpus: in "Wil de
staatssecretaris de VNG meenemen ...?" the VNG is what the state secretary takes along, so her
statement answers ("SJenV vult aan dat zij ... wil de VNG daarin meenemen"), not one of the VNG."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine

_QUESTION = "Wil de staatssecretaris de VNG meenemen in de aanpassing van de Wet Inburgering?"
_GOLD = "wil de VNG daarin meenemen"


def test_the_object_is_no_speaker(engine: Engine) -> None:
    on = engine.ask(_QUESTION)
    assert not on.abstained, on.reason
    assert any(_GOLD in c.quote for c in on.citations)


def test_off_the_vng_is_the_speaker(engine: Engine) -> None:
    off = switched(engine, object_not_speaker=False).ask(_QUESTION)
    assert off.abstained or all(_GOLD not in c.quote for c in off.citations)
