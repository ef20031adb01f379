"""Rule ``possessive_bodies_read`` (search/possessive_bodies.py) on the bundled corpus: in "Was
the IPO's request to change the text accepted in July 2022?" the IPO owns the request, it did
not accept it; no speaker is set, and the State Secretary's acceptance is quoted (2022-07-08).
With the rule off the IPO is read as the speaker (the answer is found all the same, as the
speaker filter falls back, at lower confidence)."""

from __future__ import annotations

from switched import switched

from lrt_search.service import Engine

_ASKED = "Was the IPO's request to change the text accepted in July 2022?"
_GOLD = "SJenV gaat akkoord met deze wijziging"


def test_the_owner_of_the_request_is_no_speaker(engine: Engine) -> None:
    on = engine.ask(_ASKED)
    assert not on.abstained, on.reason
    assert any(_GOLD in c.quote for c in on.citations)
    assert not any("speaker: IPO" in n for n in on.notes), on.notes


def test_off_the_owner_is_read_as_the_speaker(engine: Engine) -> None:
    off = switched(engine, possessive_bodies_read=False).ask(_ASKED)
    assert any("IPO" in n for n in off.notes), off.notes
