"""Rule ``meeting_facts``: questions about the meetings themselves, answered from the lines of
their headers, each quoted as written.

- when a meeting was, which meetings there were, how many, the first or the last (intent
  ``meeting_dates``): the line that dates each meeting ("Vergaderdatum 8 juli 2022",
  "Vergaderdatum en -tijd 3 november 2023, 08:45 – 09:30"), one quote per meeting;
- at what time (``meeting_time``): the "Vergaderdatum en -tijd" line, when it holds a time;
- where (``meeting_place``): the "Vergaderplaats" line, when it names a place (not a date).

The meetings are those of the question's period, else the first or last one when it asks so,
else (dates) every meeting; they are read from the header chunks of the index (the kind and
date columns, :func:`~.meeting_headers.header_rows`), never from a scan of all chunks. A
meeting whose header lacks the line asked for is not answered: the reason says so.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Literal

from ..lexicon.dates import find_date, find_time, looks_like_date
from ..lexicon.intents import asks
from ..lexicon.wordlists import words
from ..models import Chunk, cite
from ..results import Answer, Citation, Hit
from .evidence import Asked
from .gates import gate_no_meeting
from .header_spans import narrowed
from .meeting_headers import header_rows
from .messages import Reason
from .selection import settled_answer

if TYPE_CHECKING:
    from ..search.parsed import ParsedQuestion
    from ..search.retriever import Retriever
    from .frame import Frame

Fact = Literal["meeting_time", "meeting_place", "meeting_dates"]
#: The facts, in the order they are looked for ("When did the meeting start" is a time).
FACTS: tuple[Fact, ...] = ("meeting_time", "meeting_place", "meeting_dates")
#: At most this many meetings are quoted for "which meetings / on which dates".
MAX_MEETINGS = 50


def fact_asked(parsed: ParsedQuestion | None) -> Fact | None:
    """The meeting fact the question asks for, or None. Time and place need a meeting named
    (a period) or the first / last one: "Hoe lang gaat de volgende vergadering duren?" is about
    no meeting of the minutes."""
    if parsed is None:
        return None
    for fact in FACTS:
        if parsed.asks(fact):
            named = parsed.since is not None or parsed.until is not None
            if fact == "meeting_dates" or named or _order(parsed.text):
                return fact
    return None


def _order(question: str) -> str:
    """ "last", "first" or "" (lexicon/data/intents.toml ``meeting_last`` / ``meeting_first``)."""
    if asks("meeting_last", question):
        return "last"
    return "first" if asks("meeting_first", question) else ""


@cache
def _key_line() -> re.Pattern[str]:
    keys = sorted(words("minutes", "header_keys"), key=len, reverse=True)
    return re.compile(rf"^\s*({'|'.join(re.escape(k) for k in keys)})\b\s*:?\s*(.*)$", re.I)


def header_line(text: str, fact: Fact, date: dt.date) -> str | None:
    """The line of a header chunk's ``text`` that answers ``fact`` for the meeting of ``date``,
    as written, or None when the header has none."""
    keyed = []
    for line in text.split("\n"):
        m = _key_line().match(line)
        if m:
            keyed.append((m.group(1).lower(), m.group(2), line.strip()))
    if fact == "meeting_place":
        return next(
            (ln for k, v, ln in keyed if k == "vergaderplaats" and v and not looks_like_date(v)),
            None,
        )
    dated = [ln for k, v, ln in keyed if "datum" in k and find_date(v) == date]
    if fact == "meeting_time":
        return next((ln for ln in dated if find_time(ln.split(",", 1)[-1])), None)
    others = [ln.strip() for ln in text.split("\n") if find_date(ln) == date]
    return next(iter(dated + [ln for _, _, ln in keyed if find_date(ln) == date] + others), None)


def _meetings(
    retriever: Retriever, question: str, since: dt.date | None, until: dt.date | None
) -> list[Chunk]:
    """The header chunks of the meetings asked about, in date order."""
    rows = header_rows(retriever, since, until)[::-1]  # oldest first
    order = _order(question)
    if order == "last":
        rows = rows[-1:]
    elif order == "first":
        rows = rows[:1]
    return [retriever.chunks[row] for row in rows[:MAX_MEETINGS]]


def fact_citations(
    retriever: Retriever,
    fact: Fact,
    question: str,
    since: dt.date | None,
    until: dt.date | None,
) -> tuple[list[Citation], list[Chunk]]:
    """The quotes that answer ``fact`` (one per meeting whose header has the line), and the
    header chunks of the meetings asked about."""
    chunks = _meetings(retriever, question, since, until)
    out = []
    for chunk in chunks:
        line = header_line(chunk.text, fact, chunk.meeting_date)
        if line is None:
            continue
        out.append(
            Citation(
                chunk.chunk_id,
                chunk.meeting_date,
                "header",
                cite(chunk.meeting_date, "header", chunk.span),
                line,
                None,
                1.0,
                chunk.span,
                1.0,
                source=chunk.source,
                kind="header",
            )
        )
    return out, chunks


def fact_answer(frame: Frame, fact: Fact, abstain: Callable[[Frame, Reason], Answer]) -> Answer:
    """The answer to a meeting-fact question: the header lines that answer, one per meeting
    (high confidence: the header states it); ``abstain`` with ``no_meeting`` when the period
    holds no meeting, or ``header_lacks`` when no header of its meetings has the line."""
    retriever = frame.retriever
    asked = Asked(retriever, frame.question, frame.scope, frame.since, frame.until)
    params = gate_no_meeting(asked)
    if params is not None:
        return abstain(frame, Reason("no_meeting", params))
    chosen, headers = fact_citations(retriever, fact, frame.question, frame.since, frame.until)
    frame.hits = [Hit(c, 1.0, i + 1) for i, c in enumerate(headers)]
    if not chosen:
        asked_dates = [c.meeting_date.isoformat() for c in headers]
        what = fact.removeprefix("meeting_")  # time, place, dates
        return abstain(frame, Reason("header_lacks", {"fact": what, "dates": asked_dates}))
    if retriever.settings.header_line_spans:
        chosen = narrowed(retriever.settings, chosen)
    dates = ", ".join(c.meeting_date.isoformat() for c in chosen)
    frame.notes.append(f"{fact.replace('_', ' ')}: {dates}")
    return settled_answer(frame, chosen)
