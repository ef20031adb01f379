"""The meeting days a question's readers list (task H2, session 25): ``MeetingCheck.days_in``
reads them from the index's meeting days by bisection; ``meeting_order.meeting_days`` takes
them from it instead of halving the span with the test, and finds the same days."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import numpy as np
import pytest

from lrt_search.answer.meeting_period import MeetingCheck, period_has_meeting
from lrt_search.search.meeting_order import MEETING_SPAN, meeting_days

D = dt.date
MEETINGS = (D(2022, 7, 8), D(2023, 4, 6), D(2023, 11, 3), D(2023, 11, 10), D(2025, 3, 19))


def _retriever(days: tuple[dt.date, ...] = MEETINGS) -> SimpleNamespace:
    ordinals = np.array([d.toordinal() for d in days], dtype=np.int64)
    return SimpleNamespace(chunks=SimpleNamespace(meeting_ordinals=ordinals))


def _halved(retriever: SimpleNamespace, lo: dt.date, hi: dt.date) -> list[dt.date]:
    """The days the halving finds with the plain test (no ``days_in``)."""
    return meeting_days(lambda a, b: period_has_meeting(retriever, a, b), lo, hi)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lo", "hi"),
    [
        MEETING_SPAN,
        (D(2023, 11, 3), D(2023, 11, 10)),  # both ends a meeting
        (D(2023, 11, 4), D(2023, 11, 9)),  # between two: none
        (D(2023, 1, 1), D(2023, 12, 31)),
        (D(2025, 3, 19), D(2025, 3, 19)),  # one day, a meeting
        (D(2025, 3, 20), D(2050, 12, 31)),  # after the last
        (D(2023, 12, 31), D(2023, 1, 1)),  # an empty span
    ],
)
def test_days_in_are_the_days_the_halving_finds(lo: dt.date, hi: dt.date) -> None:
    retriever = _retriever()
    check = MeetingCheck(retriever)  # type: ignore[arg-type]
    assert check.days_in(lo, hi) == _halved(retriever, lo, hi)
    assert meeting_days(check, lo, hi) == _halved(retriever, lo, hi)


def test_the_check_answers_as_period_has_meeting() -> None:
    retriever = _retriever()
    check = MeetingCheck(retriever)  # type: ignore[arg-type]
    for lo, hi in [(None, None), (D(2023, 4, 6), D(2023, 4, 6)), (D(2023, 4, 7), None)]:
        assert check(lo, hi) == period_has_meeting(retriever, lo, hi)  # type: ignore[arg-type]
    assert not check(D(2024, 1, 1), D(2024, 12, 31))


def test_meeting_days_does_not_call_the_check_when_it_lists_them() -> None:
    calls: list[tuple[dt.date | None, dt.date | None]] = []

    class Listing(MeetingCheck):
        def __call__(self, since: dt.date | None, until: dt.date | None) -> bool:
            calls.append((since, until))
            return super().__call__(since, until)

    assert meeting_days(Listing(_retriever()), *MEETING_SPAN) == list(MEETINGS)  # type: ignore[arg-type]
    assert calls == []


def test_no_meetings_lists_none() -> None:
    check = MeetingCheck(_retriever(()))  # type: ignore[arg-type]
    assert check.days_in(*MEETING_SPAN) == []
    assert meeting_days(check, *MEETING_SPAN) == []
