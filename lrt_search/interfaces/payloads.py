"""The JSON shapes shared by the command line (``--json``) and the HTTP API."""

from __future__ import annotations

from typing import Any

from ..results import Hit


def search_payload(
    query: str,
    hits: list[Hit],
    mode: str,
    k: int,
    org: str | None = None,
    since: str | None = None,
    until: str | None = None,
    meeting: str | None = None,
    unread: list[dict[str, str]] | None = None,
) -> dict[str, Any]:
    """``{"query", "filters", "mode", "not_understood", "hits": [...]}`` of ``lrt-search search
    --json`` and ``GET /api/search``; ``not_understood`` lists what of the query matched nothing
    or could not be read (:func:`lrt_search.search.unread.not_understood`)."""
    return {
        "query": query,
        "filters": {"k": k, "org": org, "since": since, "until": until, "meeting": meeting},
        "mode": mode,
        "not_understood": unread or [],
        "hits": [h.to_dict() for h in hits],
    }
