"""Rule ``topic_period_covered`` (answer/period_covered.py): a question whose topic has a period
abstains with ``topic_period_unstated`` when no quote covers the period; not with a meeting
period beside it, without a topic period, or with the rule off. Inputs built by hand."""

from __future__ import annotations

import dataclasses
import datetime as dt
from types import SimpleNamespace
from typing import Any

from lrt_search.answer.messages import render
from lrt_search.answer.period_covered import covers, period_unstated, relative_years
from lrt_search.config import Settings
from lrt_search.search.parsed import ParsedQuestion

D = dt.date
QUESTION = "What did MBZK say about the 2025 package?"
PACKAGE_2025 = (D(2025, 1, 1), D(2025, 12, 31))


def _frame(period: Any = PACKAGE_2025, on: bool = True, since: Any = None) -> Any:
    parsed = dataclasses.replace(
        ParsedQuestion(text=QUESTION), topic_period=period, speaker=("BZK",), topic="2025 package"
    )
    settings = Settings(topic_period_covered=on)
    return SimpleNamespace(
        parsed=parsed, question=QUESTION, since=since, until=None,
        retriever=SimpleNamespace(settings=settings),
        needs=SimpleNamespace(topic="the 2025 package"),
    )  # fmt: skip


def _quote(text: str, day: dt.date, item: str = "3. Huisvesting") -> Any:
    return SimpleNamespace(quote=text, meeting_date=day, item=item)


def test_a_quote_far_from_the_period_that_does_not_write_it_abstains() -> None:
    reason = period_unstated(
        _frame(), [_quote("Het pakket BZK wordt toegelicht.", D(2023, 11, 10))]
    )
    assert reason is not None and reason.code == "topic_period_unstated"
    assert reason.params["words"] == ["2025"] and reason.params["speaker"] == "BZK"
    text = render(reason.code, reason.params, "en")
    assert text.startswith("no statement by BZK about \u201cthe 2025 package\u201d is of a meeting")


def test_a_near_meeting_a_written_period_or_a_heading_covers() -> None:
    assert (
        period_unstated(_frame(), [_quote("Het pakket wordt gepresenteerd.", D(2025, 3, 19))])
        is None
    )
    assert period_unstated(_frame(), [_quote("Het pakket komt in 2025-II.", D(2022, 7, 8))]) is None
    assert (
        period_unstated(_frame(), [_quote("Het pakket.", D(2022, 7, 8), "3. Pakket 2025")]) is None
    )


def test_relative_years_are_read_from_the_meeting() -> None:
    assert relative_years("Volgend jaar komt er een nieuw pakket.", D(2024, 5, 1)) == {2025}
    assert relative_years("Dit jaar moeten nog 13.000 statushouders ...", D(2023, 11, 3)) == {2023}
    assert covers("Volgend jaar komt het pakket.", D(2021, 5, 1), (D(2022, 1, 1), D(2022, 6, 30)))
    assert not covers(
        "Het gaat om de tweede helft van 2022.", D(2015, 1, 1), (D(2022, 1, 1), D(2022, 6, 30))
    )


def test_no_topic_period_a_meeting_period_or_the_rule_off_never_abstains() -> None:
    far = [_quote("Het pakket BZK wordt toegelicht.", D(2023, 11, 10))]
    assert period_unstated(_frame(period=None), far) is None
    assert period_unstated(_frame(on=False), far) is None
    assert period_unstated(_frame(since=D(2023, 11, 1)), far) is None
