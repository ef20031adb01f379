"""The period of a question as the readers read it in turn (:func:`question_period`): the
approval of a meeting's minutes, a meeting named by a reference or by its order, a range, an
everyday period, a plain date, a yearless day in the minutes' years. Moved out of
:mod:`lrt_search.search.parsed` (which re-exports it) when rule ``meeting_references_read`` came.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ..lexicon.intents import asks
from .everyday import day_after_noun, find_everyday, has_yearless, yearless
from .meeting_order import MEETING_SPAN, find_order, has_order, meeting_days, meeting_years
from .meeting_references import find_reference, has_reference, held
from .minutes_approved import asks_approval, find_approved
from .period_phrases import bounded_period
from .periods import find_range
from .question_period import find_period


def question_period(
    question: str,
    everyday: bool,
    has_meeting: Callable[[dt.date | None, dt.date | None], bool] | None,
    order: bool = False,
    noun_after: bool = False,
    approved: bool = False,
    spans: bool = False,
    references: bool = False,
) -> tuple[dt.date | None, dt.date | None, str | None]:
    """The period of ``question``: with rule ``everyday_periods`` an everyday period with its
    year first (:func:`lrt_search.search.everyday.find_everyday`: a range of periods.py comes
    before it), then :func:`find_period`; with the rule and ``has_meeting``, else a holiday,
    day or week without a year read in the minutes' years (:func:`everyday.yearless`). With
    ``order`` (rule ``meeting_order``) and ``has_meeting``, a meeting named by its order comes
    first (:func:`lrt_search.search.meeting_order.find_order`). With ``noun_after`` (rule
    ``day_before_meeting_noun``) a day before a meeting noun ("the 18 December LRT") is one.
    With ``approved`` (rule ``minutes_approved_next``) and ``has_meeting``, the approval of a
    meeting's minutes is the next meeting's (:func:`~.minutes_approved.find_approved`). With
    ``spans`` (rule ``period_phrase_spans``) a season, half, quarter or part after "rond"/"around"
    or "in"/"during", or a season with its year and no article, is read
    (:func:`~.period_phrases.bounded_period`). With ``references`` (rule
    ``meeting_references_read``) and ``has_meeting``, a meeting named by a reference that is no
    plain date comes before the order (:func:`~.meeting_references.find_reference`)."""
    if approved and has_meeting is not None and asks_approval(question):
        days = meeting_days(has_meeting, *MEETING_SPAN)
        read = find_approved(
            question,
            days,
            lambda ref: question_period(
                ref, everyday, has_meeting, False, noun_after, False, spans
            ),
        )
        if read is not None:
            return read
    if references and has_meeting is not None and has_reference(question):
        days = meeting_days(has_meeting, *MEETING_SPAN)
        read = find_reference(
            question, days, lambda ref: question_period(ref, everyday, None, spans=spans)
        )
        if read is not None:
            base = question_period(
                question, everyday, has_meeting, order, noun_after, approved, spans
            )
            same = held(days, base) == held(days, read) and base[:2] != (None, None)
            return base if same else read
    if order and has_meeting is not None and has_order(question):
        days = meeting_days(has_meeting, *MEETING_SPAN)
        ordered = find_order(question, days, lambda ref: question_period(ref, everyday, None))
        if ordered is not None:
            return ordered
    ranged = find_range(question)
    if spans and ranged is None:  # rule period_phrase_spans
        ranged = bounded_period(question)
    if everyday and ranged is None:
        ranged = find_everyday(question)
    found = ranged if ranged is not None else find_period(question)
    if found[2] is not None or not everyday or has_meeting is None:
        return found
    question = day_after_noun(question) if noun_after else question
    if not has_yearless(question):
        return found
    years = meeting_years(has_meeting)
    read = yearless(question, years, has_meeting, asks("meeting", question))
    return read if read is not None else found
