"""An understood speaker who speaks in no passage is not a filter for search_question (as
``ask`` retries without it); an explicit one still is."""

from __future__ import annotations

from lrt_search.service import Engine

QUESTION = "Who will organise shelter once the safety regions step back?"


def test_understood_silent_speaker_is_dropped(engine: Engine) -> None:
    scope, hits = engine.search_question(QUESTION, k=5)
    assert scope.orgs == ("VR",)  # understood as the speaker ...
    assert not engine.search(QUESTION, k=5, org="VR")  # ... who speaks in no passage
    assert hits and any("uitvoeringskracht" in h.chunk.text for h in hits)


def test_explicit_silent_speaker_still_filters(engine: Engine) -> None:
    _, hits = engine.search_question(QUESTION, k=5, org="VR")
    assert hits == []
