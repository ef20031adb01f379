"""The JSON API of ``lrt-search serve``: ``/api/search``, ``/api/ask``, ``/api/meetings`` and
``/api/decisions``, the same shapes as the command line's ``--json`` (described in
``/openapi.json``)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import FastAPI, Query

from .web_queries import IndexHolder, run_ask, run_decisions, run_search

#: The query syntax, in one line (the API's description of ``q``).
SYNTAX_HELP = '"exact phrase", -word, a OR b, org:VNG, date:2023-11'


def add_api_routes(app: FastAPI, holder: IndexHolder) -> None:
    """Register the JSON API on ``app``, answering from the index ``holder`` keeps."""

    @app.get("/api/search", tags=["api"], summary="Ranked passages with citations")
    def api_search(
        q: Annotated[str, Query(description=f"The query, Dutch or English: {SYNTAX_HELP}.")],
        k: Annotated[int | None, Query(description="Number of passages.")] = None,
        org: Annotated[str | None, Query(description="Only passages where it speaks.")] = None,
        since: Annotated[
            str | None, Query(description="From this date or period on (as --since).")
        ] = None,
        until: Annotated[str | None, Query(description="Up to the end of this period.")] = None,
        meeting: Annotated[str | None, Query(description="Only this meeting date.")] = None,
        mode: Annotated[str | None, Query(description="hybrid, bm25 or dense.")] = None,
    ) -> dict[str, Any]:
        """The same JSON as ``lrt-search search --json``."""
        return run_search(holder, q, k, org, since, until, meeting, mode)[0]

    @app.get("/api/ask", tags=["api"], summary="An answer of verbatim, cited quotes")
    def api_ask(
        q: Annotated[str, Query(description="A question, Dutch or English.")],
        k: Annotated[int | None, Query(description="Number of passages to quote from.")] = None,
        org: Annotated[
            str | None, Query(description="Only statements of this organisation.")
        ] = None,
        since: Annotated[str | None, Query(description="From this meeting date.")] = None,
        until: Annotated[str | None, Query(description="Up to this meeting date.")] = None,
    ) -> dict[str, Any]:
        """The same JSON as ``lrt-search ask --json``."""
        return run_ask(holder, q, k, org, since, until).to_dict()

    @app.get("/api/meetings", tags=["api"], summary="The meetings of the corpus")
    def api_meetings() -> list[dict[str, Any]]:
        """The same JSON as ``lrt-search meetings --json``."""
        return [m.summary() for m in holder.get().meetings]

    @app.get("/api/decisions", tags=["api"], summary="The decisions and actions register")
    def api_decisions(
        kind: Annotated[list[str] | None, Query(description="afspraak, besluit or actie.")] = None,
        org: Annotated[
            str | None, Query(description="Only those this organisation must act on.")
        ] = None,
        since: Annotated[str | None, Query(description="From this meeting date.")] = None,
        until: Annotated[str | None, Query(description="Up to this meeting date.")] = None,
        meeting: Annotated[str | None, Query(description="Only this meeting date.")] = None,
    ) -> dict[str, Any]:
        """The same JSON as ``lrt-search decisions --format json``."""
        return run_decisions(holder, kind, org, since, until, meeting).to_dict()
