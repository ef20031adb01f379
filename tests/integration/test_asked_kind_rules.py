"""Issue 16, task A2: the asked kind of answer. Rules ``next_after_announced`` ("the next LRT
after March 2025": the March minutes announce it) and ``speaker_silent`` ("what did X say"
when X speaks in no statement), and the full title of the King's Commissioners read as one
speaker. Each rule is switched off to show the answer it changes."""

from __future__ import annotations

import datetime as dt

from switched import switched

from lrt_search.answer.evidence import Asked
from lrt_search.answer.speaker_silent import asks_what_was_said, gate_speaker_silent
from lrt_search.search.query import QueryScope
from lrt_search.service import Engine


def test_the_next_meeting_after_the_last_minutes_is_read_from_them(engine: Engine) -> None:
    question = "What will be on the agenda of the next LRT after March 2025?"
    answer = engine.ask(question)
    assert answer.reason_code != "no_meeting", answer.reason
    assert answer.filters["since"] == "2025-03-01" and answer.filters["until"] == "2025-03-31"
    assert {c.meeting_date for c in answer.citations} <= {dt.date(2025, 3, 19)}
    # rule next_from_announcement reads it the same way ("will", "agenda"): both off
    both = {"next_after_announced": False, "next_from_announcement": False}
    off = switched(engine, **both).ask(question)
    assert off.abstained and off.reason_code == "no_meeting", off.reason


def test_the_next_meeting_after_a_period_with_minutes_after_it_is_unchanged(
    engine: Engine,
) -> None:
    """After July 2022 there are minutes: the July minutes' announcement is not read (rule
    next_after_announced); rule meeting_order reads the next meeting of the minutes, and without
    it "after" stays a period from August 2022 on."""
    question = "Wat werd er besproken op de volgende LRT na juli 2022?"
    answer = engine.ask(question)
    assert answer.filters["since"] == answer.filters["until"] == "2023-04-06", answer.filters
    assert any(n.endswith("-> 2023-04-06") for n in answer.notes), answer.notes
    off = switched(engine, meeting_order=False).ask(question)
    assert off.filters["since"] == "2022-08-01" and off.filters["until"] is None


def test_what_a_silent_speaker_said_is_not_answered_by_who_named_it(engine: Engine) -> None:
    question = "Wat zei Defensie over de locatie Budel?"  # only the VNG asks about Defensie
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "speaker_silent", answer.reason
    assert "Defensie" in answer.reason
    off = switched(engine, speaker_silent=False).ask(question)
    assert not off.abstained and "Defensie" in off.citations[0].quote


def test_a_fact_about_a_silent_speaker_is_still_answered(engine: Engine) -> None:
    """A yes/no question about what Defensie wants is about a fact the VNG's statement holds."""
    assert not asks_what_was_said("Does the Ministry of Defence want to use the Budel site?")
    answer = engine.ask("Does the Ministry of Defence want to use the Budel site?")
    assert not answer.abstained, answer.reason


def test_a_speaker_silent_only_in_the_period_is_named_with_it(engine: Engine) -> None:
    answer = engine.ask("What did the COA say about Ter Apel in April 2023?")
    assert answer.abstained and answer.reason_code == "speaker_silent", answer.reason
    assert "between 2023-04-01 and 2023-04-30" in answer.reason
    spoken = engine.ask("Wat zei het COA over de situatie in Ter Apel?")
    assert not spoken.abstained and spoken.reason_code is None


def test_a_speaker_who_speaks_in_the_period_is_never_called_silent(engine: Engine) -> None:
    """The gate checks the minutes, not only the search that dropped the speaker."""
    question = "Wat zei het COA over de situatie in Ter Apel?"
    dropped = Asked(engine, question, QueryScope(), dropped=("COA",))
    assert gate_speaker_silent(dropped) is None
    silent = Asked(engine, question, QueryScope(), dropped=("Defensie",))
    assert gate_speaker_silent(silent) == {"names": ["Defensie"], "period": ""}


def test_the_kings_commissioners_by_their_full_title(engine: Engine) -> None:
    answer = engine.ask("Wat zeiden de commissarissen van de Koning over doorzettingsmacht?")
    assert answer.reason_code != "name_absent", answer.reason
    assert not answer.abstained and "CdK" in answer.citations[0].speakers
