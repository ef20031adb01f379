"""Rule ``frequency_meetings``: "how often / in how many meetings / in every meeting" questions,
answered by the meetings themselves.

A question with the words of intent ``frequency`` (lexicon/data/intents.toml: "hoe vaak",
"hoeveel keer", "in hoeveel vergaderingen", "how often", "how many times", "in every meeting")
asks for a count of meetings: those of the minutes (within the question's period) with a
statement that treats its topic (by the asked speaker, when there is one). Each meeting is
searched on its own: a BM25 search for the topic's terms within that meeting's passages and the
speaker filter (as rule ``topic_term_search`` searches); a statement counts when it (or its
item heading) holds a term of the topic and every name the question asks for. The answer quotes
the best statement of each meeting that has one, in meeting order, and a note says how many of
the period's meetings that is ("vergaderingen die het behandelen, van de gevraagde: 3/5:
2022-07-08, ..."). No meeting with
such a statement: abstain with reason ``in_no_meeting``. A question with neither a topic nor a
speaker is left to the other rules.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..index.analysis import words
from ..models import Chunk, Statement
from ..results import Answer, Citation, Hit
from ..search.fusion import top_positive
from .candidates import citation_of
from .date_written import written_days
from .day_term import shown
from .evidence import Asked, Requirements, requirements
from .meeting_headers import header_rows
from .messages import Reason
from .names import has_phrase
from .selection import settled_answer

if TYPE_CHECKING:
    from .frame import Frame

#: Passages read per meeting.
PER_MEETING = 5


def _holds(
    frame: Frame, needs: Requirements, chunk: Chunk, statement: Statement, heading: bool
) -> bool:
    """Whether ``statement`` (of the asked speaker), or with ``heading`` its item heading too,
    holds a topic term and every name asked for."""
    if frame.codes and not frame.codes & set(statement.speakers):
        return False
    tokenize = frame.retriever.analyzer.tokenize
    text = statement.text + ("\n" + chunk.text.split("\n- ", 1)[0] if heading else "")
    if needs.topic_terms and not needs.topic_whole & set(tokenize(text)):
        return False
    years = frame.period_terms | _years(frame)
    written = written_days(years, text, chunk.meeting_date)  # a day with its month
    if years and not written and not any(t in text for t in years):
        return False  # a period of the topic, or a year not read as the period, must stand in it
    folded = words(text)
    return all(
        has_phrase(folded, form) for _, forms, codes in needs.names
        for form in forms[:1] if not codes & set(statement.speakers)
    )  # fmt: skip


def _years(frame: Frame) -> frozenset[str]:
    """The years the question names when no period was understood ("in the meetings of
    2024" not read as one): a statement must name one."""
    if frame.since is not None or frame.until is not None:
        return frozenset()
    return frozenset(w for w in words(frame.question) if len(w) == 4 and w.isdigit()
                     and 1900 <= int(w) <= 2099)  # fmt: skip


def _without_speaker(frame: Frame, needs: Requirements) -> Requirements:
    """``needs`` without a topic that is only the asked speaker ("did the VB speak": the
    speaker's statements count, not those naming it), the topic's whole terms its terms."""
    whole = needs.topic_whole or needs.topic_terms
    if frame.codes and frame.retriever.orgs.resolve(needs.topic) in frame.codes:
        whole = frozenset()
    return dataclasses.replace(needs, topic_whole=whole, topic_terms=whole)


def _best(frame: Frame, needs: Requirements, meeting: int) -> Citation | None:
    """The best statement of the meeting whose header is at row ``meeting`` that counts."""
    retriever = frame.retriever
    date = retriever.chunks[meeting].meeting_date
    mask = retriever.filter_mask(frame.orgs or None, None, None, date)
    names = [w for _, forms, c in needs.names if not c & frame.codes for w in forms[0][:9]]
    terms = sorted(needs.topic_terms | set(retriever.analyzer.tokenize(" ".join(names))))
    if terms:
        rows = [r for r, _ in top_positive(retriever.bm25.scores(terms), PER_MEETING, mask)]
    elif mask is not None:  # a speaker without a topic: any statement of theirs
        rows = [int(r) for r in mask.nonzero()[0]]
    else:
        rows = []
    chunks = [retriever.chunks[row] for row in rows]
    for heading in (False, True):  # a statement that says it itself first
        for chunk in chunks:
            for statement in chunk.statements:
                if _holds(frame, needs, chunk, statement, heading):
                    return citation_of(chunk, statement)
    return None


def frequency_answer(
    frame: Frame, asked: Asked, abstain: Callable[[Frame, Reason], Answer]
) -> Answer | None:
    """The answer to a frequency question (see the module docstring), or None when the rule is
    off, the question is no such question or names neither a topic nor a speaker."""
    parsed, settings = frame.parsed, frame.retriever.settings
    if not settings.frequency_meetings or parsed is None or not parsed.asks("frequency"):
        return None
    needs = _without_speaker(frame, requirements(asked))
    if not (needs.topic_terms or needs.names or frame.codes):
        return None
    meetings = header_rows(frame.retriever, frame.since, frame.until)[::-1]
    chosen = [c for row in meetings if (c := _best(frame, needs, row)) is not None]
    frame.hits = [Hit(frame.retriever.chunks[r], 1.0, i + 1) for i, r in enumerate(meetings)]
    what = needs.topic or ", ".join(n for n, _, _ in needs.names) or ", ".join(sorted(frame.codes))
    if settings.reason_period:  # the years a statement had to name are part of what it lacks
        what = " ".join([what, *shown(frame.period_terms | _years(frame))])
    if not chosen:
        speaker = ", ".join(sorted(frame.codes)) or None
        return abstain(frame, Reason("in_no_meeting", {"topic": what, "speaker": speaker}))
    dates = ", ".join(c.meeting_date.isoformat() for c in chosen)
    frame.notes.append(f"meetings counted: {len(chosen)}/{len(meetings)}: {dates}")
    return settled_answer(frame, chosen)
