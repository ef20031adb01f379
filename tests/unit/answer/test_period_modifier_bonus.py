"""Rule ``period_modifier_read`` (answer/period_modifier.py): a statement that writes the
topic's period or was made while the thing was current gains the bonus; nothing without a
topic period or with the rule off. Inputs built by hand."""

from __future__ import annotations

import dataclasses
import datetime as dt
from types import SimpleNamespace
from typing import Any

from lrt_search.answer.period_modifier import BONUS, period_bonus
from lrt_search.config import Settings
from lrt_search.search.parsed import ParsedQuestion

D = dt.date
PACKAGE_2025 = (D(2025, 1, 1), D(2025, 12, 31))


def _frame(period: tuple[dt.date, dt.date] | None, on: bool = True) -> Any:
    parsed = ParsedQuestion(text="What did the IPO say about the 2025 package?")
    parsed = dataclasses.replace(parsed, topic_period=period)
    settings = Settings(period_modifier_read=on)
    return SimpleNamespace(parsed=parsed, retriever=SimpleNamespace(settings=settings))


def test_a_meeting_where_the_thing_is_current_gains() -> None:
    frame = _frame(PACKAGE_2025)
    assert period_bonus(frame, "Het pakket wordt gepresenteerd.", D(2025, 3, 19)) == BONUS
    assert period_bonus(frame, "Het pakket wordt gepresenteerd.", D(2024, 2, 1)) == BONUS
    assert period_bonus(frame, "Het pakket BZK wordt toegelicht.", D(2023, 11, 10)) == 0.0


def test_a_statement_that_writes_the_period_gains() -> None:
    frame = _frame((D(2025, 7, 1), D(2025, 12, 31)))  # the second half of 2025
    assert period_bonus(frame, "De taakstelling voor 2025-II wordt op 13.000 gezet.", D(2022, 7, 8))
    assert not period_bonus(frame, "De taakstelling van 2025-I wordt bijgesteld.", D(2022, 7, 8))


def test_no_topic_period_or_the_rule_off_gains_nothing() -> None:
    assert period_bonus(_frame(None), "Het pakket in 2025.", D(2025, 3, 19)) == 0.0
    assert period_bonus(_frame(PACKAGE_2025, on=False), "Het pakket.", D(2025, 3, 19)) == 0.0
