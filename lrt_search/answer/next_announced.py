"""Rule ``next_from_announcement`` (``Settings.next_from_announcement``; issue 16 task E,
session 19): a question about when the next meeting after meeting M is, or what it will
discuss ("Wanneer komen ze na 10 november 2023 weer bij elkaar?", "What did JenV want on the
agenda of the next LRT after 6 April 2023?") is asked of M's own minutes, whose statement plans
the next LRT ("Over een aantal weken vindt LRT weer plaats ..."), not of the following minutes
of the corpus (rule meeting_order read "de LRT na 10 november 2023" as 2025-03-19: the corpus
lacks the meetings between). The question needs a word of ``next`` or ``again`` and one of
``next_planned`` (a when or a future: lexicon/data/periods.toml), and the day or period after
"na"/"after" must hold a meeting; "what was decided at the next LRT after M" keeps the
following meeting, and so does a question of its place (no check reads a place in a
statement). As with rule next_after_announced no header fact is given (the time and length of
the next meeting are the announcement's)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable

from ..lazyre import lazy
from ..lexicon.wordlists import longest_alternation, words
from ..search.parsed import question_period
from .frame import Frame
from .meeting_period import period_has_meeting


def _alt(items: Iterable[str]) -> str:
    return longest_alternation(items, space=r"\s+")


_NEXT = lazy(rf"\b{_alt(words('periods', 'next') + words('periods', 'again'))}\b", re.I)
_PLANNED = lazy(rf"\b{_alt(words('periods', 'next_planned'))}\b", re.I)
_MEET = _alt(words("periods", "meeting_nouns"))
_PLAN = _alt(words("periods", "next_plan"))
_FOR = _alt(words("periods", "next_plan_for"))
_PLANNED_AFTER = lazy(rf"\b{_MEET}(?:'?s)?\W+(?:\w+\W+)?{_PLAN}\b", re.I)
_PLANNED_BEFORE = lazy(rf"\b{_PLAN}\W+(?:\w+\W+)?{_MEET}\b", re.I)
_PLANNED_FOR = lazy(rf"\b{_FOR}\s+(?:(?:de|het|the|een|a)\s+)?$", re.I)
_AFTER = lazy(rf"\b{_alt(words('periods', 'after'))}\s+(?P<ref>[^?;]+)", re.I)


def announced_meeting(question: str) -> tuple[dt.date, dt.date] | None:
    """The period of meeting M of "the next meeting after M", asked when or as planned; else
    None (the period is not checked for a meeting here)."""
    if not (_NEXT.search(question) and _PLANNED.search(question)):
        return None
    m = _AFTER.search(question)
    if m is None:
        return None
    since, until, what = question_period(m.group("ref"), True, None)
    if not what or since is None or until is None:
        return None
    return since, until


def plans_next(statement: str) -> int:
    """How ``statement`` plans a next meeting: 2 when the meeting itself is planned ("Over
    een aantal weken vindt LRT weer plaats", "wordt een nieuwe (extra) LRT gepland", "Een
    volgend LRT zal ..."), 1 when something is planned for it ("voor de volgende LRT te
    agenderen": a word of ``next_plan_for`` before it), else 0."""
    if _PLANNED_AFTER.search(statement):
        return 2
    found = [
        _PLANNED_FOR.search(statement[: m.start()]) for m in _PLANNED_BEFORE.finditer(statement)
    ]
    if not found:
        return 0
    return 1 if all(found) else 2


def plan_bonus(frame: Frame, statement: str) -> float:
    """In the minutes of a meeting whose next one is asked (rules next_from_announcement and
    next_after_announced), the score bonus ``next_plan_bonus`` for a statement that plans the
    meeting itself, a third of it for one that plans something for it (:func:`plans_next`)."""
    settings = frame.retriever.settings
    if not (frame.next_announced and settings.next_from_announcement):
        return 0.0
    bonus = settings.next_plan_bonus
    return {2: bonus, 1: bonus / 3}.get(plans_next(statement), 0.0)


def next_from_announcement(frame: Frame) -> bool:
    """Rule ``next_from_announcement``: scope ``frame`` to the minutes of the meeting the next
    one follows (module docstring); whether it did."""
    retriever = frame.retriever
    if not retriever.settings.next_from_announcement:
        return False
    if frame.parsed is not None and frame.parsed.asks("meeting_place"):
        return False  # its place: no check that a statement states one (left to the header)
    point = announced_meeting(frame.question)
    if point is None or not period_has_meeting(retriever, *point):
        return False
    shown = point[0].isoformat() if point[0] == point[1] else f"{point[0]} \u2013 {point[1]}"
    scope_to_announcing(frame, point, f"next announced: {shown}")
    return True


def scope_to_announcing(frame: Frame, point: tuple[dt.date, dt.date], note: str) -> None:
    """Scope ``frame`` to the minutes of ``point`` (first and last day), which announce the
    meeting asked about (rules ``next_from_announcement``, ``next_after_announced``): its
    period, its scope's, and ``note`` in place of the period's note."""
    frame.since, frame.until = point
    frame.next_announced = True
    frame.scope = dataclasses.replace(frame.scope, since=point[0], until=point[1])
    frame.notes[:] = [n for n in frame.notes if not n.startswith("period: ")]
    frame.notes.append(note)
