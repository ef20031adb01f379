"""An outsider's description of a place of the minutes on the bundled corpus (issue 16 task H,
session 22): "the central registration centre" is Ter Apel, whose situation the July 2022
minutes describe; a detail the minutes lack of the same place is refused."""

from __future__ import annotations

from lrt_search.service import Engine


def test_the_described_place_is_answered(engine: Engine) -> None:
    answer = engine.ask(
        "How was the situation at the central registration centre described in July 2022?"
    )
    assert not answer.abstained, answer.reason
    assert any(
        "De situatie in Ter Apel is nog steeds kritiek." in c.quote for c in answer.citations
    )


def test_a_detail_the_minutes_lack_is_refused(engine: Engine) -> None:
    answer = engine.ask("What did the national reception agency say about buying a cruise ship?")
    assert answer.abstained, answer.citations
