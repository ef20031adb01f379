"""Rule ``dense_pool``: the passages the dense ranking alone puts first, in the question's scope,
join the deeper passages ``ask`` may quote from (rule ``quote_depth``). The hybrid ranking keeps
a passage that matches a query term above one that only dense finds (the lexical guarantee), so
a paraphrased question's gold statement can lie outside the passages ``ask`` reads while dense
ranks it in its first few; it still has to pass every quote check and outscore the others."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .frame import Frame

if TYPE_CHECKING:
    from ..results import Hit
    from ..search.retriever import Retriever


def dense_pool(frame: Frame, searcher: Retriever, taken: list[Hit]) -> list[Hit]:
    """The dense top ``Settings.dense_pool`` passages of the question's period (and explicit
    speaker) that are not among ``taken``; none when the rule is off."""
    top = frame.retriever.settings.dense_pool
    if top <= 0:
        return []
    hits = searcher.search(
        frame.question,
        k=top,
        mode="dense",
        org=frame.orgs if frame.explicit_org else None,
        since=frame.since,
        until=frame.until,
    )
    seen = {h.chunk_id for h in taken}
    return [h for h in hits if h.chunk_id not in seen]
