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
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

try:
    import jinja2
    from fastapi import FastAPI, Request
    from fastapi.exceptions import RequestValidationError
    from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
    from fastapi.templating import Jinja2Templates
except ImportError as exc:  # pragma: no cover - depends on the installed extras
    raise ImportError(
        "the web interface needs the [web] extra: pip install 'lrt-search[web]' "
        f"({exc.name} is missing)"
    ) from None

from .. import __version__
from ..config import MODES, Settings
from ..errors import IndexStoreError, LrtError, QueryError
from ..index.build import index_status
from ..ingest.corpus import cited_lines
from ..ingest.statement_kinds import REGISTER_KINDS
from ..search.highlight import match_spans, query_terms, segments
from ..search.unread import describe as describe_unread
from .error_texts import error_text
from .messages import TEXTS, citation_text, confidence_text, item_text
from .web_api import add_api_routes
from .web_pages import corpus_span, example_questions
from .web_queries import (
    IndexHolder,
    corpus_file,
    form_options,
    hit_views,
    run_ask,
    run_decisions,
    run_search,
)
from .web_routes import add_routes
from .web_text import note_text

TEMPLATES = Path(__file__).parent / "templates"
SEARCH_FIELDS = ("q", "do", "k", "org", "since", "until", "meeting", "mode")


#: The interface's words, Dutch first.
def create_app(settings: Settings) -> FastAPI:
    """The web application over ``settings``' corpus and index."""
    holder = IndexHolder(settings)
    app = FastAPI(
        title="lrt-search",
        version=__version__,
        description="Search, answers and the decisions register over the LRT minutes.",
        docs_url=None,
        redoc_url=None,
    )
    # Every template escapes every value (autoescape on for all files, not only *.html).
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    templates = Jinja2Templates(env=env)
    app.state.holder = holder

    def lang_of(request: Request) -> str:
        return "en" if request.query_params.get("lang") == "en" else "nl"

    def page(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        lang = lang_of(request)
        params = dict(request.query_params)
        params["lang"] = "nl" if lang == "en" else "en"
        return templates.TemplateResponse(
            request,
            template,
            {
                "t": TEXTS[lang],
                "lang": lang,
                "lang_q": "&lang=en" if lang == "en" else "",
                "other_lang_url": f"{request.url.path}?{urlencode(params)}",
                "version": __version__,
                "note_text": note_text,
                "ct": citation_text,
                "item_label": item_text,
                "confidence_text": confidence_text,
                "describe_unread": describe_unread,
                **context,
            },
            status_code=status,
        )

    def error_page(request: Request, exc: LrtError) -> HTMLResponse:
        status = 503 if isinstance(exc, IndexStoreError) else 400
        text = str(exc).removeprefix("--") if isinstance(exc, QueryError) else exc
        message = error_text(text, lang_of(request), form_labels(lang_of(request)))
        if status == 400 and request.url.path == "/":
            # A bad query or filter keeps the form, filled in as sent, with the error below it.
            return page(request, "search.html", status=400, **search_context(request, message))
        return page(request, "error.html", status=status, message=message)

    def search_context(request: Request, error: str | None = None) -> dict[str, Any]:
        params = request.query_params
        form = {name: params.get(name, "") for name in SEARCH_FIELDS}
        form["do"] = form["do"] or "search"
        loaded = holder.get()
        return {
            "form": form,
            **form_options(loaded),
            "mode_options": [(m, m) for m in MODES],
            "hits": None,
            "answer": None,
            "error": error,
            "span": corpus_span(loaded.meetings),
            "examples": example_questions(lang_of(request)),
        }

    @app.exception_handler(LrtError)
    async def _lrt_error(request: Request, exc: LrtError) -> Response:
        status = 503 if isinstance(exc, IndexStoreError) else 400
        if request.url.path.startswith("/api/"):
            # Name the query parameter (org: ...), not the command-line option (--org: ...).
            message = str(exc).removeprefix("--") if isinstance(exc, QueryError) else str(exc)
            return JSONResponse({"error": message}, status_code=status)
        return error_page(request, exc)

    @app.exception_handler(RequestValidationError)
    async def _bad_parameter(request: Request, exc: RequestValidationError) -> Response:
        # A parameter FastAPI could not convert (k=abc, no q): the same 400 and one-line
        # {"error"} (or error page) as every other bad parameter, not FastAPI's 422 "detail".
        return await _lrt_error(request, QueryError(parameter_problem(exc.errors())))

    add_api_routes(app, holder)

    @app.get("/api", response_class=HTMLResponse, include_in_schema=False)
    def api_page(request: Request) -> HTMLResponse:
        schema = app.openapi()
        return page(request, "api.html", schema=schema)

    # -------------------------------------------------------------------------------- HTML

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(
        request: Request,
        q: str = "",
        do: str = "search",
        k: int | None = None,
        org: str = "",
        since: str = "",
        until: str = "",
        meeting: str = "",
        mode: str = "",
    ) -> HTMLResponse:
        loaded = holder.get()
        context = search_context(request)
        if q.strip():
            if do == "ask":
                answer = run_ask(holder, q, k, org or None, since or None, until or None)
                terms = query_terms(loaded.engine, q)
                context["answer"] = answer
                context["quotes"] = [
                    (c, segments(c.quote, match_spans(c.quote, terms, loaded.engine.analyzer)))
                    for c in answer.citations
                ]
                context["closest"] = hit_views(loaded.engine, answer.closest, terms)
            else:
                payload, hits = run_search(
                    holder, q, k, org or None, since or None, until or None,
                    meeting or None, mode or None,
                )  # fmt: skip
                terms = query_terms(loaded.engine, payload["syntax"]["text"])
                context["hits"] = hit_views(loaded.engine, hits, terms)
                context["payload"] = payload
                context["unread"] = payload["not_understood"]
        return page(request, "search.html", **context)

    @app.get("/decisions", response_class=HTMLResponse, include_in_schema=False)
    def decisions_page(
        request: Request,
        kind: str = "",
        org: str = "",
        since: str = "",
        until: str = "",
        meeting: str = "",
    ) -> HTMLResponse:
        loaded = holder.get()
        register = run_decisions(holder, kind or None, org or None, since, until, meeting)
        form = {"kind": kind, "org": org, "since": since, "until": until, "meeting": meeting}

        def facet_url(name: str, value: str) -> str:
            # A facet narrows the current selection: its count is what the link then shows.
            params = {k: v for k, v in form.items() if v and k != name}
            params[name] = value
            if lang_of(request) == "en":
                params["lang"] = "en"
            return f"/decisions?{urlencode(params)}"

        return page(
            request,
            "decisions.html",
            register=register,
            form=form,
            facet_url=facet_url,
            kind_options=[(k, TEXTS[lang_of(request)][k]) for k in REGISTER_KINDS],
            **form_options(loaded),
        )

    @app.get("/meetings", response_class=HTMLResponse, include_in_schema=False)
    def meetings_page(request: Request) -> HTMLResponse:
        return page(request, "meetings.html", meetings=holder.get().meetings)

    @app.get("/meeting/{name}", response_class=HTMLResponse, include_in_schema=False)
    def meeting_page(
        request: Request, name: str, start: int | None = None, end: int | None = None
    ) -> HTMLResponse:
        loaded = holder.get()
        path = corpus_file(settings, name)
        source = cited_lines(path, settings)  # numbered as citations count (OCR included)
        meeting = next((m for m in loaded.meetings if m.source.name == path.name), None)
        end = end if end is not None else start
        if start is not None and end is not None and not 1 <= start <= end <= len(source.lines):
            raise QueryError(
                f"start, end: lines {start}-{end} are not a range within the "
                f"{len(source.lines)} lines of {path.name}"
            )
        lines = []
        previous_page = None
        for number, text in enumerate(source.lines, start=1):
            page_no = source.page_of(number)
            lines.append(
                {
                    "n": number,
                    "text": text,
                    "cited": start is not None and end is not None and start <= number <= end,
                    "new_page": page_no if page_no != previous_page else None,
                    "ocr": page_no in source.ocr_pages,
                }
            )
            previous_page = page_no
        return page(
            request,
            "meeting.html",
            name=path.name,
            meeting=meeting,
            lines=lines,
            start=start,
            end=end,
            is_pdf=path.suffix.lower() == ".pdf",
            cited_page=source.page_of(start) if start else None,
        )

    @app.get("/source/{name}", include_in_schema=False)
    def source_file(name: str) -> FileResponse:
        holder.get()
        path = corpus_file(settings, name)
        media = "application/pdf" if path.suffix.lower() == ".pdf" else "text/plain; charset=utf-8"
        return FileResponse(path, media_type=media)

    add_routes(app, holder, page, lang_of)
    return app


def form_labels(lang: str) -> dict[str, str]:
    """The page's names of the query parameters, for its error messages (``Vanaf: ...``)."""
    t = TEXTS[lang]
    names = {"q": "query", "since": "since", "until": "until", "org": "organisation"}
    names |= {"meeting": "meeting", "mode": "mode", "kind": "kind", "k": "count"}
    return {param: t[key][:1].upper() + t[key][1:] for param, key in names.items()}


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
