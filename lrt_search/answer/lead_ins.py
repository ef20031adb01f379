"""List lead-ins: a statement ending in ":" is quoted with its nested sub-items."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..models import Citation, cite

if TYPE_CHECKING:
    from ..search.retriever import Retriever


def with_sub_items(retriever: Retriever, chosen: list[Citation]) -> list[Citation]:
    """``chosen`` with the sub-items of every list lead-in (a statement ending in ":" followed
    by nested statements) quoted right after it, each with its own span and speaker (a
    sub-item without its own speaker has the lead-in's, from parsing)."""
    if not any(c.quote.rstrip().endswith(":") for c in chosen):
        return chosen
    taken = {(c.chunk_id, c.span) for c in chosen}
    out: list[Citation] = []
    for c in chosen:
        out.append(c)
        if not c.quote.rstrip().endswith(":"):
            continue
        # Only the lead-in's own chunk is decoded (the store reads chunks on demand).
        try:
            chunk = retriever.chunks[retriever.chunks.row_of(c.chunk_id)]
        except KeyError:
            continue
        statements = list(chunk.statements)
        index = next(
            (i for i, s in enumerate(statements) if s.span == c.span and s.text == c.quote), None
        )
        if index is None:
            continue
        lead = statements[index]
        for sub in statements[index + 1 :]:
            if sub.level <= lead.level:
                break
            if (chunk.chunk_id, sub.span) in taken:
                continue
            taken.add((chunk.chunk_id, sub.span))
            out.append(
                Citation(
                    chunk.chunk_id,
                    chunk.meeting_date,
                    chunk.item,
                    cite(chunk.meeting_date, chunk.item, sub.span),
                    sub.text,
                    ", ".join(sub.speakers) or None,
                    c.score,
                    sub.span,
                    c.lexical,
                    source=chunk.source,
                    kind=sub.kind,
                    speakers=sub.speakers,
                )
            )
    return out
