"""The meeting period of a question once the dates of its content and of its topic are blanked:
rules ``date_roles_read`` (:mod:`.date_roles`) and ``period_modifier_read``
(:mod:`.period_modifiers`), read by :func:`~lrt_search.search.parsed.read_question`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from .date_roles import content_year, meeting_text
from .period_modifiers import without_topic_periods
from .period_reading import question_period

if TYPE_CHECKING:
    from .parsed import PeriodScope
    from .query import SpeakerRules

#: A period as read: first day, last day, what was read.
Read = tuple[dt.date | None, dt.date | None, str | None]


def roles_period(
    question: str,
    framing: str,
    read: Read,
    has_meeting: Callable[[dt.date | None, dt.date | None], bool] | None,
    rules: SpeakerRules,
    topic: bool = False,
) -> tuple[dt.date | None, dt.date | None, str | None, str]:
    """The period of ``question`` (``read``: as first read) and its ``framing`` with the
    content dates blanked (rule ``date_roles_read``, :func:`~.date_roles.meeting_text`) when
    a period remains, and with the periods that modify a noun blanked (rule
    ``period_modifier_read``, :func:`~.period_modifiers.without_topic_periods`): those never
    scope the meetings ("the 2025 package": no period when none remains), but a period read
    as the topic's already (``topic``: "Wat had de Kamer voor eind juni 2023 gepland?") stays."""
    text = meeting_text(question) if rules.date_roles_read else None
    on = rules.period_modifier_read and not topic
    modified = without_topic_periods(question, text) if on else None
    if text is None and modified is None:
        return (*read, framing)
    since, until, period = question_period(
        modified or text or question, rules.everyday_periods, has_meeting, rules.meeting_order,
        rules.day_before_meeting_noun, rules.minutes_approved_next,
        rules.period_phrase_spans, rules.meeting_references_read)  # fmt: skip
    blanked = (meeting_text(framing) if text is not None else None) or framing
    if modified is not None:
        blanked = without_topic_periods(blanked) or blanked
        if since is None and until is None:
            return None, None, None, blanked
    if since is None and until is None:
        return (*read, framing)
    return since, until, period, blanked


def content_date(
    question: str, scope: PeriodScope, terms: frozenset[str]
) -> tuple[PeriodScope, frozenset[str]]:
    """Rule ``date_roles_read``: the one date after the lead word of a deadline or a starting
    day ("per 1 januari 2024") of a question without speech is the topic's: a quote must hold
    its year (:func:`~.date_roles.content_year`); else ``scope`` and ``terms``."""
    year = content_year(question) if scope == "meeting" else None
    return ("topic", frozenset([year])) if year else (scope, terms)
