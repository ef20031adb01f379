"""Rule ``minutes_approved_next``: the approval of a meeting's minutes is the next meeting's."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from lrt_search.lexicon.organisations import OrgTable
from lrt_search.search.minutes_approved import (
    approves_other,
    asks_approval,
    find_approved,
    read_days,
    unrecorded,
)
from lrt_search.search.parsed import question_period, read_question
from lrt_search.search.query import SpeakerRules

D = dt.date
MEETINGS = (D(2022, 7, 8), D(2023, 4, 6), D(2023, 11, 3), D(2023, 11, 10), D(2025, 3, 19))


def _has_meeting(since: dt.date | None, until: dt.date | None) -> bool:
    return any((since is None or since <= d) and (until is None or d <= until) for d in MEETINGS)


def _period(text: str, approved: bool = True) -> tuple[dt.date | None, dt.date | None, str | None]:
    return question_period(text, True, _has_meeting, True, True, approved)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Who asked for a change when the minutes of 3 November 2023 were approved?",
            D(2023, 11, 10),
        ),
        ("Werd het verslag van 3 november 2023 een week later goedgekeurd?", D(2023, 11, 10)),
        ("Is het verslag van de LRT van 3 november geaccordeerd?", D(2023, 11, 10)),
        ("Was the 3 November 2023 report approved unchanged?", D(2023, 11, 10)),
        ("the meeting where the minutes of the 6 April 2023 meeting were adopted", D(2023, 11, 3)),
        ("Zijn de notulen van juli 2022 vastgesteld?", D(2023, 4, 6)),
    ],
)
def test_the_minutes_of_a_meeting_are_approved_at_the_next(text: str, day: dt.date) -> None:
    since, until, what = _period(text)
    assert (since, until) == (day, day)
    assert what and day.isoformat() in what


def test_the_last_meetings_minutes_have_no_next_meeting() -> None:
    since, until, what = _period("Were the minutes of the LRT of 19 March 2025 approved?")
    assert (since, until) == (D(2025, 3, 20), None)
    assert what and "none after 2025-03-19" in what
    assert not _has_meeting(since, until)


@pytest.mark.parametrize(
    "text",
    [
        # the minutes are the source, not what was approved
        "Welke taakstelling werd volgens het verslag van 8 juli 2022 vastgesteld?",
        "What was adopted according to the minutes of 6 April 2023?",
        "Wat is er in het verslag van 3 november 2023 vastgesteld?",
        # the day is the approving meeting's
        "Which report was approved at the LRT of 3 November?",
        # no approval
        "Wat staat er in het verslag van 3 november 2023 over de IBT?",
        # a month holding two meetings, a year: no one meeting
        "Is het verslag van november 2023 goedgekeurd?",
        "Were the minutes of 2023 approved?",
        # a day without a meeting: left to the other readings
        "Is het verslag van 15 juni 2022 vastgesteld?",
    ],
)
def test_no_approval_of_one_meetings_minutes(text: str) -> None:
    assert (
        find_approved(text, MEETINGS, lambda ref: question_period(ref, True, _has_meeting)) is None
    )
    assert _period(text) == _period(text, approved=False)


def test_the_first_test_needs_minutes_and_approval() -> None:
    assert asks_approval("the minutes of 3 November 2023 were approved")
    assert not asks_approval("the minutes of 3 November 2023")
    assert not asks_approval("the target of 3 November 2023 was approved")


def test_read_question_reads_the_next_meeting_only_with_the_rule() -> None:
    question = "Who asked for a change when the minutes of 3 November 2023 were approved?"
    on = read_question(question, OrgTable.default(), None, _has_meeting, SpeakerRules())
    rules = dataclasses.replace(SpeakerRules(), minutes_approved_next=False)
    off = read_question(question, OrgTable.default(), None, _has_meeting, rules)
    assert (on.since, on.until, on.period_scope) == (D(2023, 11, 10), D(2023, 11, 10), "meeting")
    assert (off.since, off.until) == (D(2023, 11, 3), D(2023, 11, 3))


def test_a_meeting_approving_other_minutes_is_not_the_approving_one() -> None:
    lines = ["- Het verslag van de LRT van 18 december is vastgesteld.", "- De VNG steunt dit."]
    assert approves_other(lines, D(2023, 11, 10))
    assert not approves_other(lines, D(2024, 12, 18))
    own = [
        "- Het verslag wordt geaccordeerd (Actie: het nieuwe verslag van de LRT van 3 november)."
    ]
    assert not approves_other(own, D(2023, 11, 3))
    assert not approves_other(["- Het verslag wordt geaccordeerd."], D(2023, 11, 3))


def test_the_period_read_gives_both_days_back() -> None:
    _, _, what = _period("Werd het verslag van 3 november 2023 goedgekeurd?")
    assert what is not None and read_days(what) == (D(2023, 11, 3), D(2023, 11, 10))
    assert read_days("on 2023-11-03") is None


def test_an_approval_outside_the_corpus_is_a_period_without_meetings() -> None:
    question = "Was the 6 April 2023 report approved?"
    parsed = read_question(question, OrgTable.default(), None, _has_meeting, SpeakerRules())
    assert (parsed.since, parsed.until) == (D(2023, 11, 3), D(2023, 11, 3))
    gap = unrecorded(parsed)
    assert (gap.since, gap.until) == (D(2023, 4, 7), D(2023, 11, 2))
    assert not _has_meeting(gap.since, gap.until)
    assert "the corpus lacks" in gap.period
    plain = read_question("Was it approved in May 2023?", OrgTable.default(), None, _has_meeting)
    assert unrecorded(plain) == plain
