"""Rules reason_period and reason_together (issue 16 task A2): the reason of an abstention
says what is true of the minutes. A reason about the statements found names the period of the
meetings searched (SJenV introduces Van der Maat on 2023-11-03, not on 2023-11-10); a reason
that no statement holds the question's parts together is given only when none does; a
frequency question's reason names the year its statements had to name. Each test asks
questions written for it (not of an answer set) and fails with its rule off."""

from __future__ import annotations

import pytest
from switched import switched

from lrt_search.evaluation.reason_truth import Minutes, false_reason
from lrt_search.service import Engine

_INTRODUCTION = "Wat zei SJenV op 10 november 2023 over de introductie van Van der Maat?"
_BACKLOG = "Hoeveel gemeenten met een achterstand belt het COA?"
_BUDEL = "Hoe vaak is Budel besproken in de vergaderingen van 2024?"


@pytest.fixture
def minutes(engine: Engine) -> Minutes:
    """The minutes as the reason checker reads them."""
    return Minutes(engine)


def test_a_reason_about_the_statements_found_names_their_period(
    engine: Engine, minutes: Minutes
) -> None:
    on = engine.ask(_INTRODUCTION)
    assert on.abstained and on.reason_code == "topic_not_quoted"
    assert on.reason_params["period"] == "2023-11-10"
    assert on.reason and on.reason.endswith("op 2023-11-10")
    assert false_reason(minutes, on) is None
    off = switched(engine, reason_period=False).ask(_INTRODUCTION)
    assert off.abstained and "period" not in off.reason_params
    assert "Introductie SJenV Van der Maat" in (false_reason(minutes, off) or "")


def test_parts_held_together_are_no_reason_not_together(engine: Engine, minutes: Minutes) -> None:
    on = engine.ask(_BACKLOG)
    assert on.abstained and on.reason_code == "no_answer"
    assert on.reason_params["together"] is True
    off = switched(engine, reason_together=False, reason_period=False).ask(_BACKLOG)
    assert off.abstained and off.reason_code == "not_together"
    assert false_reason(minutes, off)


def test_a_frequency_reason_names_the_year_a_statement_had_to_name(
    engine: Engine, minutes: Minutes
) -> None:
    # "de vergaderingen van 2024" names meetings (rule meeting_references_read, session 25): the
    # corpus holds none in 2024, so the default reason is no_meeting, true; without that rule
    # the year scopes the topic and reason_period names it.
    default = engine.ask(_BUDEL)
    assert default.abstained and default.reason_code == "no_meeting"
    assert false_reason(minutes, default) is None
    on = switched(engine, meeting_references_read=False).ask(_BUDEL)
    assert on.abstained and on.reason_code == "in_no_meeting"
    assert on.reason_params["topic"].endswith("2024")
    assert false_reason(minutes, on) is None
    off = switched(engine, reason_period=False, meeting_references_read=False).ask(_BUDEL)
    assert off.reason_params["topic"] == "Budel"
    assert false_reason(minutes, off)
