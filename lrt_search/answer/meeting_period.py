"""Whether a period holds a meeting of the corpus, read from the index's meeting days: the
test of the ``no_meeting`` gate (:mod:`lrt_search.answer.gates`), of rule
``unheld_day_written`` (:mod:`lrt_search.answer.unheld_day`) and of the rules that move a
question's period to a meeting."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from functools import cached_property
from typing import TYPE_CHECKING

from ..search.meeting_order import days_between

if TYPE_CHECKING:
    from ..search.retriever import Retriever


def period_has_meeting(retriever: Retriever, since: dt.date | None, until: dt.date | None) -> bool:
    """Whether a meeting of the corpus falls in ``since .. until``."""
    if since is None and until is None:
        return True
    # The meeting days of the index (read once per loaded index): no chunk is decoded, no
    # column scanned per call.
    days = retriever.chunks.meeting_ordinals
    first = bisect_left(days, since.toordinal()) if since else 0
    return first < len(days) and (until is None or int(days[first]) <= until.toordinal())


class MeetingCheck:
    """:func:`period_has_meeting` of ``retriever`` as the ``has_meeting`` test of the question
    readers (:func:`lrt_search.search.parsed.read_question`), which also lists the meeting days
    of a span (:meth:`days_in`): :func:`lrt_search.search.meeting_order.meeting_days` reads them
    so instead of halving the span with the test (about four tests per meeting of the index,
    once for each reader of the meeting days: 6,631 for the 1,633 meeting days of a synthetic
    index of 100,000 chunks, up to four times a question)."""

    def __init__(self, retriever: Retriever) -> None:
        self.retriever = retriever

    def __call__(self, since: dt.date | None, until: dt.date | None) -> bool:
        """Whether a meeting of the corpus falls in ``since .. until``."""
        return period_has_meeting(self.retriever, since, until)

    def days_in(self, lo: dt.date | None, hi: dt.date | None) -> list[dt.date]:
        """The days in ``lo .. hi`` (None: open on that side) on which the corpus holds a
        meeting, in order: the days the halving finds, read from the index's meeting days by
        two bisections (:func:`~lrt_search.search.meeting_order.days_between`)."""
        ends = [None if d is None else d.toordinal() for d in (lo, hi)]
        return [dt.date.fromordinal(d) for d in days_between(self._ordinals, *ends)]

    @cached_property
    def _ordinals(self) -> list[int]:
        """The index's meeting days, as ordinals (sorted, unique)."""
        return [int(d) for d in self.retriever.chunks.meeting_ordinals]
