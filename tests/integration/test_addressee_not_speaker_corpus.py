"""Rule ``addressee_not_speaker`` (search/object_verbs.py ``is_addressed``) on the bundled
corpus: in "Wat werd Aedes gevraagd ...?" Aedes is the one asked, so the statement of the one
who asked answers ("MBZK vraagt dan ook aan Aedes om te kijken wat corporaties nog meer ..."),
not one of Aedes."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine

_QUESTION = "Wat werd Aedes gevraagd over de huisvesting van statushouders in november 2023?"
_GOLD = "MBZK vraagt dan ook aan Aedes"


def test_the_one_asked_is_no_speaker(engine: Engine) -> None:
    on = engine.ask(_QUESTION)
    assert not on.abstained, on.reason
    assert any(_GOLD in " ".join(c.quote.split()) for c in on.citations)


def test_off_aedes_is_the_speaker(engine: Engine) -> None:
    off = switched(engine, addressee_not_speaker=False).ask(_QUESTION)
    assert off.abstained or all(_GOLD not in " ".join(c.quote.split()) for c in off.citations)
