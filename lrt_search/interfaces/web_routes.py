"""The per-organisation page (``/org/VNG``) and the downloads of search results and of the
register (``/download/search``, ``/download/decisions``: ``format=csv|md|json``; CSV in UTF-8
with a byte-order mark, ``sep=;`` by default on the Dutch page, for a Dutch Excel)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Request
from fastapi.responses import HTMLResponse, Response

from ..errors import QueryError
from .exports import FORMATS, hits_export, register_export
from .web_pages import org_page
from .web_queries import IndexHolder, RegisterFilters, SearchFilters

_MEDIA = {
    "csv": "text/csv; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
    "json": "application/json",
}


def _download(text: str, fmt: str, name: str) -> Response:
    return Response(
        text.encode("utf-8"),
        media_type=_MEDIA[fmt],
        headers={"Content-Disposition": f'attachment; filename="{name}.{fmt}"'},
    )


def _check(fmt: str, sep: str | None, lang: str) -> str:
    if fmt not in FORMATS:
        raise QueryError(f"format: {fmt!r} is not one of {', '.join(FORMATS)}")
    sep = sep or (";" if lang == "nl" else ",")
    if len(sep) != 1 or sep in '"\r\n':
        raise QueryError(f"sep: one character such as ',' or ';', not {sep!r}")
    return sep


def add_routes(
    app: FastAPI,
    holder: IndexHolder,
    page: Callable[..., HTMLResponse],
    lang_of: Callable[[Request], str],
) -> None:
    """Register the organisation page and the downloads on ``app``."""

    @app.get("/org/{name}", response_class=HTMLResponse, include_in_schema=False)
    def organisation(request: Request, name: str) -> HTMLResponse:
        loaded = holder.get()
        info = org_page(loaded.engine, loaded.meetings, name)
        return page(request, "org.html", org=info)

    @app.get("/download/search", include_in_schema=False)
    def download_search(
        request: Request,
        q: str,
        filters: Annotated[SearchFilters, Depends()],
        format: str = "csv",
        sep: str | None = None,
    ) -> Response:
        lang = lang_of(request)
        sep = _check(format, sep, lang)
        payload, hits = filters.run(holder, q)
        return _download(hits_export(payload, hits, format, lang, sep), format, "lrt-search")

    @app.get("/download/decisions", include_in_schema=False)
    def download_decisions(
        request: Request,
        filters: Annotated[RegisterFilters, Depends()],
        format: str = "csv",
        sep: str | None = None,
    ) -> Response:
        lang = lang_of(request)
        sep = _check(format, sep, lang)
        register: Any = filters.run(holder)
        return _download(register_export(register, format, lang, sep), format, "lrt-besluiten")
