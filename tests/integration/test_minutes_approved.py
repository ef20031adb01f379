"""Rule ``minutes_approved_next`` on the bundled corpus (meetings 2022-07-08, 2023-04-06,
2023-11-03, 2023-11-10, 2025-03-19): the minutes of 3 November 2023 were approved on 10
November ("Het verslag wordt geaccordeerd met een wijziging namens VNG"); the meeting after 6
April 2023 (3 November) approves the minutes of 27 October, so the meeting that approved those
of 6 April is not in the corpus."""

from __future__ import annotations

import datetime as dt

from switched import switched

from lrt_search.service import Engine

QUESTION = "Who asked for a change when the minutes of 3 November 2023 were approved?"


def test_the_approval_is_quoted_from_the_next_meeting(engine: Engine) -> None:
    answer = engine.ask(QUESTION)
    assert not answer.abstained
    assert any("geaccordeerd met een wijziging namens VNG" in c.quote for c in answer.citations)
    assert {c.meeting_date for c in answer.citations} == {dt.date(2023, 11, 10)}
    assert any("-> 2023-11-10" in n for n in answer.notes)
    off = switched(engine, minutes_approved_next=False).ask(QUESTION)
    assert not any("namens VNG" in c.quote for c in off.citations)


def test_minutes_the_next_meeting_does_not_approve_were_approved_outside_the_corpus(
    engine: Engine,
) -> None:
    question = "Who asked for a change when the minutes of 6 April 2023 were approved?"
    answer = engine.ask(question)
    assert answer.abstained and answer.reason_code == "no_meeting"
    assert "2023-04-07" in (answer.reason or "") and "2023-11-02" in (answer.reason or "")
    assert any("approved at a meeting the corpus lacks" in n for n in answer.notes)
    off = switched(engine, minutes_approved_next=False).ask(question)
    assert off.reason_code != "no_meeting"


def test_the_last_meetings_minutes_have_no_approval_in_the_corpus(engine: Engine) -> None:
    answer = engine.ask(
        "Were the minutes of the LRT of 19 March 2025 approved, and with what change?"
    )
    assert answer.abstained and answer.reason_code == "no_meeting"
    assert any("none after 2025-03-19" in n for n in answer.notes)
