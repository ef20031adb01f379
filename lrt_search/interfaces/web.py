"""The HTTP API and web page of ``lrt-search serve`` (FastAPI, Jinja2 templates, uvicorn).

- JSON: ``/api/search``, ``/api/ask``, ``/api/meetings``, ``/api/decisions`` return the same
  shapes as the command line's ``--json``; ``/openapi.json`` describes them and ``/api`` shows
  that description as a page (no CDN: FastAPI's own docs pages load scripts from one, so they
  are off).
- HTML: ``/`` (search and ask), ``/decisions`` (the register with its counts), ``/meetings``
  and ``/meeting/{file}`` (the source text with the cited lines highlighted; a PDF's pages are
  marked and the file itself opens at a page via ``/source/{file}#page=N``). Dutch by default,
  English with ``?lang=en``. Every text goes through Jinja2's autoescape; nothing is fetched
  from the internet.
- The server never builds an index: when it is missing or stale, every request that needs it
  answers 503 with the reason and the command that fixes it (``lrt-search index``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

try:
    from fastapi import FastAPI, Request
    from fastapi.exceptions import RequestValidationError
    from fastapi.responses import HTMLResponse, JSONResponse, Response
except ImportError as exc:  # pragma: no cover - depends on the installed extras
    raise ImportError(
        "the web interface needs the [web] extra: pip install 'lrt-search[web]' "
        f"({exc.name} is missing)"
    ) from None

from .. import __version__
from ..config import Settings
from ..errors import IndexStoreError, LrtError, QueryError
from ..index.build import index_status
from .web_api import add_api_routes
from .web_html import PageRenderer, lang_of
from .web_queries import IndexHolder
from .web_routes import add_routes


def create_app(settings: Settings) -> FastAPI:
    """The web application over ``settings``' corpus and index: the JSON API, the HTML pages
    of :class:`~.web_html.PageRenderer`, the organisation page and the downloads."""
    holder = IndexHolder(settings)
    app = FastAPI(
        title="lrt-search",
        version=__version__,
        description="Search, answers and the decisions register over the LRT minutes.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.holder = holder
    pages = PageRenderer(settings, holder)

    @app.exception_handler(LrtError)
    async def _lrt_error(request: Request, exc: LrtError) -> Response:
        status = 503 if isinstance(exc, IndexStoreError) else 400
        if request.url.path.startswith("/api/"):
            # Name the query parameter (org: ...), not the command-line option (--org: ...).
            message = str(exc).removeprefix("--") if isinstance(exc, QueryError) else str(exc)
            return JSONResponse({"error": message}, status_code=status)
        return pages.error_page(request, exc)

    @app.exception_handler(RequestValidationError)
    async def _bad_parameter(request: Request, exc: RequestValidationError) -> Response:
        # A parameter FastAPI could not convert (k=abc, no q): the same 400 and one-line
        # {"error"} (or error page) as every other bad parameter, not FastAPI's 422 "detail".
        return await _lrt_error(request, QueryError(parameter_problem(exc.errors())))

    @app.exception_handler(404)
    async def _not_found(request: Request, exc: Exception) -> Response:
        # An unknown address: the page language's error page (or {"error"}), not FastAPI's
        # English {"detail": "Not Found"}.
        problem = f"no such page: {request.url.path}"
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": problem}, status_code=404)
        response = pages.error_page(request, LrtError(problem))
        response.status_code = 404
        return response

    add_api_routes(app, holder)

    @app.get("/api", response_class=HTMLResponse, include_in_schema=False)
    def api_page(request: Request) -> HTMLResponse:
        return pages.page(request, "api.html", schema=app.openapi())

    for path, route in (
        ("/", pages.home),
        ("/decisions", pages.decisions),
        ("/meetings", pages.meetings),
        ("/meeting/{name}", pages.meeting),
    ):
        app.get(path, response_class=HTMLResponse, include_in_schema=False)(route)
    app.get("/source/{name}", include_in_schema=False)(pages.source)
    add_routes(app, holder, pages.page, lang_of)
    return app


def parameter_problem(errors: Sequence[Any]) -> str:
    """One line naming the query parameter FastAPI refused and why (``k: not a whole number:
    'abc'``, ``q: missing``)."""
    problems = []
    for error in errors:
        name = str(error.get("loc", ("", "?"))[-1])
        if error.get("type") == "missing":
            problems.append(f"{name}: missing")
        elif error.get("type") == "int_parsing":
            problems.append(f"{name}: not a whole number: {error.get('input')!r}")
        else:
            problems.append(f"{name}: {error.get('msg', 'invalid')}: {error.get('input')!r}")
    return "; ".join(problems) or "invalid parameters"


def check_listen_address(host: str, port: int) -> None:
    """Raise a one-line error when the server could not listen on ``host``:``port`` (a port
    out of range, an unknown address, a port in use), before uvicorn logs and exits."""
    import socket

    if not 0 <= port <= 65535:
        raise QueryError(f"--port: must lie between 0 and 65535, not {port}")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise QueryError(f"--host {host}: not an address to listen on ({exc})") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
        try:
            probe.bind(address)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise LrtError(
                f"--port {port}: cannot listen on {host}:{port} ({reason}); "
                "choose another --port or stop the other server"
            ) from None


def serve(
    settings: Settings,
    host: str = "127.0.0.1",
    port: int = 8000,
    warn: Callable[[str], object] = print,
) -> None:
    """Run the web application with uvicorn until interrupted (says so when the index is
    missing or stale: the server answers 503 until ``lrt-search index`` has run)."""
    import uvicorn

    check_listen_address(host, port)
    status, reason = index_status(settings)
    if status != "fresh":
        warn(f"warning: {reason}; run 'lrt-search index' (the server will not build it)")
    warn(f"serving on http://{host}:{port}/ (JSON API and its description at /api)")
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")
