"""Rule ``topic_period_covered`` (``Settings.topic_period_covered``; issue 16 session 27 task
G2): a question whose topic has a period ("What did MBZK say about the 2025 package?", "de
taakstelling voor 2025-II"; :mod:`lrt_search.search.period_modifiers`) is answered only by a
statement that covers the period; when no quoted statement does, it abstains with
``topic_period_unstated``.

A statement covers the period when its meeting lies in the window rule ``period_modifier_read``
prefers (from a year before the period starts to its end: a target or a budget is set the year
before, :data:`~.period_modifier.AHEAD`), or when it, or the heading of its agenda item, writes a
time within the period: a year, a half-year ("2025-II"), a month or day with its year
(:func:`~lrt_search.search.periods.period_points`; "de tweede helft van 2023" holds 2023), or a
year relative to its meeting (lexicon/data/periods.toml ``year_offsets``: "Dit jaar" said in
2023 is 2023, "volgend jaar" said in 2024 is 2025).

Left alone: a question that also scopes the meetings ("Wat zei de VNG in maart 2025 over de
taakstelling van 2023?"): the meetings it asks of are its own choice, and a statement there may
speak of the thing of the period without writing it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from ..lazyre import lazy
from ..lexicon.wordlists import mapping
from ..results import Citation
from ..search.period_modifiers import topic_periods
from ..search.period_phrases import phrase_at
from ..search.periods import period_points
from .frame import Frame
from .messages import Reason
from .period_modifier import AHEAD

Span = tuple[dt.date, dt.date]
_WORD = lazy(r"[\w'\u2019/-]+")


def _offsets() -> dict[str, int]:
    """lexicon/data/periods.toml ``year_offsets``: a relative year phrase -> years after."""
    return {k.lower(): int(v) for k, v in mapping("periods", "year_offsets").items()}


def relative_years(text: str, meeting: dt.date) -> set[int]:
    """The years ``text`` of the minutes of ``meeting`` names relative to its meeting."""
    low = " ".join(text.lower().split())
    return {
        meeting.year + shift
        for phrase, shift in _offsets().items()
        if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", low)
    }


def _times(text: str) -> list[Span]:
    """The times ``text`` writes: phrases first (a half, a season, a quarter, a part of a year:
    "de tweede helft van 2025" is July-December), then in what they leave half-years, days,
    months with their year and years (:func:`~lrt_search.search.periods.period_points`)."""
    out: list[Span] = []
    for m in _WORD.finditer(text):
        if m.start() < len(text) and (found := phrase_at(text, m.start())) is not None:
            out.append((found[0], found[1]))
            text = text[: m.start()] + " " * (found[2] - m.start()) + text[found[2] :]
    return out + [(first, last) for _, first, last in period_points(text)]


def written(text: str, meeting: dt.date, span: Span) -> bool:
    """Whether ``text`` (of the minutes of ``meeting``) writes a time within ``span``."""
    since, until = span
    if any(first <= until and since <= last for first, last in _times(text)):
        return True
    return any(since.year <= y <= until.year for y in relative_years(text, meeting))


def near(meeting: dt.date, span: Span) -> bool:
    """Whether ``meeting`` lies in the window of ``span`` (from :data:`AHEAD` before its start
    to its end)."""
    return span[0] - AHEAD <= meeting <= span[1]


def covers(text: str, meeting: dt.date, span: Span) -> bool:
    """Whether a statement ``text`` of the minutes of ``meeting`` covers the topic period
    ``span`` (module docstring)."""
    return near(meeting, span) or written(text, meeting, span)


def any_covers(citations: Iterable[Citation], span: Span) -> bool:
    """Whether one of ``citations`` (with the heading of its item) covers ``span``."""
    return any(covers(f"{c.item} {c.quote}", c.meeting_date, span) for c in citations)


def period_unstated(frame: Frame, chosen: list[Citation]) -> Reason | None:
    """``topic_period_unstated`` when the question's topic has a period and no quote of
    ``chosen`` covers it (module docstring); None otherwise or with the rule off."""
    parsed = frame.parsed
    if not frame.retriever.settings.topic_period_covered or parsed is None:
        return None
    if parsed.topic_period is None or frame.since is not None or frame.until is not None:
        return None
    if any_covers(chosen, parsed.topic_period):
        return None
    found = topic_periods(frame.question)
    phrase = frame.question[found[0].start : found[0].end] if found else ""
    since, until = parsed.topic_period
    params = {
        "topic": frame.needs.topic or parsed.topic,
        "words": [phrase.strip() or f"{since.isoformat()} to {until.isoformat()}"],
        "topic_period": f"{since.isoformat()} to {until.isoformat()}",
        "speaker": ", ".join(parsed.speaker),
    }
    return Reason("topic_period_unstated", params)
