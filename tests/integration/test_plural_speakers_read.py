"""Rule ``plural_speakers_read`` on the bundled corpus (issue 16 session 29 task A3): groups named
together as the subject of a speech verb are the speaker filter; the setting switches it off."""

from __future__ import annotations

from dataclasses import replace

from lrt_search.service import Engine

_GOLD = "IPO en VNG ondersteunen inzet van IBT waar gemeenten achterlopen"


def test_coordinated_groups_that_warn_are_the_speaker(engine: Engine) -> None:
    question = "Did the provinces and municipalities warn about the IBT in November 2023?"
    answer = engine.ask(question)
    assert not answer.abstained and set(answer.filters["org"] or ()) == {"IPO", "VNG"}
    assert any(_GOLD in c.quote for c in answer.citations)
    off = engine.with_settings(replace(engine.settings, plural_speakers_read=False))
    assert off.ask(question).filters["org"] is None


def test_groups_as_the_object_are_no_speaker(engine: Engine) -> None:
    question = "Wat werd er in november 2023 gezegd over handelingsperspectieven voor provincies?"
    assert engine.ask(question).filters["org"] is None
