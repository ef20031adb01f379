"""List lead-ins: a statement ending in ":" is quoted with its nested sub-items."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..results import Citation

if TYPE_CHECKING:
    from ..search.retriever import Retriever


def with_sub_items(retriever: Retriever, chosen: list[Citation]) -> list[Citation]:
    """``chosen`` with the sub-items of every list lead-in (a statement ending in ":" followed
    by nested statements) quoted right after it, each with its own span and speaker (a
    sub-item without its own speaker has the lead-in's, from parsing)."""
    if not any(c.quote.rstrip().endswith(":") for c in chosen):
        return chosen
    picked = {(c.chunk_id, c.span): c for c in chosen}
    emitted: set[tuple[str, object]] = set()
    out: list[Citation] = []
    for c in chosen:
        if (c.chunk_id, c.span) in emitted:  # quoted already, as a sub-item of its lead-in
            continue
        out.append(c)
        emitted.add((c.chunk_id, c.span))
        if c.quote.rstrip().endswith(":"):
            for sub in _sub_items(retriever, c):
                key = (sub.chunk_id, sub.span)
                if key not in emitted:
                    # a sub-item chosen on its own is quoted here, in the list's order
                    out.append(picked.get(key, sub))
                    emitted.add(key)
    return out


def _sub_items(retriever: Retriever, lead_in: Citation) -> list[Citation]:
    """The nested statements after the list lead-in ``lead_in``, in source order, as citations
    with the lead-in's score. Only the lead-in's own chunk is decoded."""
    try:
        chunk = retriever.chunks[retriever.chunks.row_of(lead_in.chunk_id)]
    except KeyError:
        return []
    statements = list(chunk.statements)
    index = next(
        (i for i, s in enumerate(statements) if s.span == lead_in.span and s.text == lead_in.quote),
        None,
    )
    if index is None:
        return []
    lead = statements[index]
    out = []
    for sub in statements[index + 1 :]:
        if sub.level <= lead.level:
            break
        out.append(lead_in.followed_by(sub))
    return out
