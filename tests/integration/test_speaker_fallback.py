"""Rule speaker_fallback: an understood speaker who speaks in no passage is not a filter for
search_question, which says it dropped it, and ``ask`` notes it ("retried: ..."); an explicit
one still is a filter; the setting switches the rule off for both."""

from __future__ import annotations

from dataclasses import replace

from lrt_search.service import Engine

QUESTION = "Who will organise shelter once the safety regions step back?"


def test_understood_silent_speaker_is_dropped(engine: Engine) -> None:
    scope, hits = engine.search_question(QUESTION, k=5)
    assert scope.orgs == ("VR",)  # understood as the speaker ...
    assert scope.speaker_dropped == ("VR",)
    assert not engine.search(QUESTION, k=5, org="VR")  # ... who speaks in no passage
    assert hits and any("uitvoeringskracht" in h.chunk.text for h in hits)


def test_explicit_silent_speaker_still_filters(engine: Engine) -> None:
    scope, hits = engine.search_question(QUESTION, k=5, org="VR")
    assert hits == [] and scope.speaker_dropped == ()


def test_ask_notes_the_dropped_speaker_and_the_setting_switches_the_rule_off(
    engine: Engine,
) -> None:
    # The VB never speaks in the 2025 minutes.
    question = "Wat zei het VB in maart 2025 over de taakstelling?"
    answer = engine.ask(question)
    assert "retried: VB" in answer.notes and answer.filters["org"] is None
    off = engine.with_settings(replace(engine.settings, speaker_fallback=False))
    scope, hits = off.search_question(question, k=5)
    assert scope.orgs == ("VB",) and hits == [] and scope.speaker_dropped == ()
    kept = off.ask(question)
    assert not any(note.startswith("retried: ") for note in kept.notes), kept.notes
    assert kept.filters["org"] == ["VB"]


def test_a_period_without_meetings_is_not_a_speaker_who_never_spoke(engine: Engine) -> None:
    """No meeting in the period: the speaker was not dropped for speaking nowhere ("geen
    passage waarin COA spreekt; alle sprekers doorzocht" beside "geen vergadering op ...")."""
    answer = engine.ask("Wat zei het COA op 18 december 2024?")
    assert answer.abstained and answer.reason_code == "no_meeting"
    assert not any(note.startswith("retried: ") for note in answer.notes), answer.notes
