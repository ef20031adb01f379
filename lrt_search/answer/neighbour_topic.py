"""Rule ``neighbour_topic_low`` (issue 16, task F2): an answer whose best statement holds no term
of the question's topic itself, the topic standing only in its item heading or the statement
before it (the quote checks let those count: ``Quote.heading_terms``), is labelled low. Measured
with ``python eval/neighbour_evidence.py`` on every readable set: such answers labelled medium
held the gold 35 times in 60 (answers quoting the topic itself: 0.87 right), the rest missed it
or answered an unanswerable question on a neighbouring topic ("crisisnoodbevel" answered with a
VNG line on indeplaatsstelling under its item heading). A label, not an abstention. Off by
default: on the blind sets it lowered right answers only (docs/settings.md)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..results import Citation
    from .frame import Frame


def neighbour_only(frame: Frame, c: Citation) -> bool:
    """Whether ``c`` holds no topic term of ``frame``'s question while its item heading or the
    statement before it does (False when the rule is off or the question has no topic terms)."""
    retriever, terms = frame.retriever, frame.needs.topic_terms
    if not retriever.settings.neighbour_topic_low or not terms:
        return False
    tokenize = retriever.analyzer.tokenize
    if terms & set(tokenize(c.quote)):
        return False
    try:
        chunk = retriever.chunks[retriever.chunks.row_of(c.chunk_id)]
    except KeyError:
        return False
    if terms & set(tokenize(chunk.text.split("\n- ", 1)[0])):
        return True
    spans = [s.span for s in chunk.statements]
    i = spans.index(c.span) if c.span in spans else 0
    return bool(i) and bool(terms & set(tokenize(chunk.statements[i - 1].text)))
