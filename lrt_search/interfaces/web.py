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

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

try:
    import jinja2
    from fastapi import FastAPI, Query, Request
    from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
    from fastapi.templating import Jinja2Templates
except ImportError as exc:  # pragma: no cover - depends on the installed extras
    raise ImportError(
        "the web interface needs the [web] extra: pip install 'lrt-search[web]' "
        f"({exc.name} is missing)"
    ) from None

from .. import __version__
from ..config import MODES, Settings
from ..errors import IndexStoreError, LrtError, QueryError, ReadError
from ..index.build import index_status
from ..index.store import read_manifest
from ..ingest.corpus import corpus_files, load_corpus
from ..ingest.reading import read_source
from ..ingest.statement_kinds import REGISTER_KINDS
from ..lexicon.dates import parse_date_arg
from ..models import Meeting
from ..search.highlight import match_spans, passage_snippet, query_terms, segments
from ..service import Engine
from .payloads import search_payload

TEMPLATES = Path(__file__).parent / "templates"
SNIPPET_CHARS = 420

#: The interface's words, Dutch first.
TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "title": "Notulen LRT doorzoeken",
        "search": "Zoeken",
        "ask": "Vraag stellen",
        "decisions": "Besluiten en acties",
        "meetings": "Vergaderingen",
        "api": "API",
        "query": "Zoekvraag",
        "placeholder": "Bijvoorbeeld: wat zei het IPO over indeplaatsstelling?",
        "organisation": "Organisatie",
        "any": "alle",
        "since": "Vanaf",
        "until": "Tot en met",
        "meeting": "Vergadering",
        "mode": "Zoekwijze",
        "kind": "Soort",
        "results": "resultaten",
        "no_results": "Geen passages gevonden met deze filters.",
        "answer": "Antwoord",
        "confidence": "zekerheid",
        "understood": "Begrepen",
        "closest": "Dichtstbijzijnde passages",
        "who": "Wie moet handelen",
        "nobody": "niet genoemd",
        "count": "aantal",
        "per_meeting": "Per vergadering",
        "per_org": "Per organisatie",
        "per_kind": "Per soort",
        "filter": "Filteren",
        "source": "Bron",
        "lines": "regels",
        "page": "pagina",
        "open_pdf": "PDF openen op deze pagina",
        "back": "terug",
        "error": "Fout",
        "items": "agendapunten",
        "text": "Tekst",
        "speakers": "sprekers",
        "cited": "geciteerde regels",
        "language": "English",
        "afspraak": "afspraak",
        "besluit": "besluit",
        "actie": "actie",
        "endpoints": "Eindpunten",
        "parameters": "parameters",
    },
    "en": {
        "title": "Search the LRT minutes",
        "search": "Search",
        "ask": "Ask",
        "decisions": "Decisions and actions",
        "meetings": "Meetings",
        "api": "API",
        "query": "Query",
        "placeholder": "For example: what did IPO say about indeplaatsstelling?",
        "organisation": "Organisation",
        "any": "all",
        "since": "From",
        "until": "Up to",
        "meeting": "Meeting",
        "mode": "Mode",
        "kind": "Kind",
        "results": "results",
        "no_results": "No passages match these filters.",
        "answer": "Answer",
        "confidence": "confidence",
        "understood": "Understood",
        "closest": "Closest passages",
        "who": "Who must act",
        "nobody": "not named",
        "count": "count",
        "per_meeting": "Per meeting",
        "per_org": "Per organisation",
        "per_kind": "Per kind",
        "filter": "Filter",
        "source": "Source",
        "lines": "lines",
        "page": "page",
        "open_pdf": "Open the PDF at this page",
        "back": "back",
        "error": "Error",
        "items": "agenda items",
        "text": "Text",
        "speakers": "speakers",
        "cited": "cited lines",
        "language": "Nederlands",
        "afspraak": "agreement",
        "besluit": "decision",
        "actie": "action",
        "endpoints": "Endpoints",
        "parameters": "parameters",
    },
}


@dataclass
class _Loaded:
    key: tuple[Any, ...]
    engine: Engine
    meetings: list[Meeting]


class IndexHolder:
    """The engine of the served index, loaded (never built) on first use and again when
    ``lrt-search index`` has written a new generation; refuses a missing or stale index."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._loaded: _Loaded | None = None
        self._lock = threading.Lock()

    def get(self) -> _Loaded:
        """The loaded engine and meetings, or :class:`IndexStoreError` saying what to run."""
        status, reason = index_status(self.settings)
        if status != "fresh":
            raise IndexStoreError(
                self.settings.index_dir,
                f"{reason.split(': ', 1)[-1]}; the web interface does not build indexes, "
                "run 'lrt-search index' and reload",
            )
        manifest = read_manifest(Path(self.settings.index_dir)) or {}
        key = (manifest.get("created"), manifest.get("n_chunks"), tuple(manifest.get("files", {})))
        with self._lock:
            if self._loaded is None or self._loaded.key != key:
                engine = Engine.load(settings=self.settings, build=False, progress=False)
                meetings = load_corpus(self.settings.corpus_dir, self.settings, on_error=_ignore)
                self._loaded = _Loaded(key, engine, meetings)
            return self._loaded


def _ignore(exc: ReadError) -> None:
    del exc  # a file the index skipped is reported by 'lrt-search index'


def _check_query(settings: Settings, text: str, name: str = "q") -> str:
    if not text or not text.strip():
        raise QueryError(f"{name}: empty query")
    if len(text) > settings.web_max_query_chars:
        raise QueryError(
            f"{name}: the query is {len(text)} characters long; at most "
            f"{settings.web_max_query_chars} are allowed"
        )
    return text


def _check_k(settings: Settings, k: int | None) -> int | None:
    if k is not None and not 1 <= k <= settings.web_max_k:
        raise QueryError(f"k: must lie between 1 and {settings.web_max_k}, not {k}")
    return k


def _check_date(value: str | None, name: str) -> str | None:
    if not value:
        return None
    try:
        parse_date_arg(value)
    except ValueError as exc:
        raise QueryError(f"{name}: {exc}") from None
    return value


def _check_mode(mode: str | None) -> str | None:
    if mode and mode not in MODES:
        raise QueryError(f"mode: {mode!r} is not one of {', '.join(MODES)}")
    return mode or None


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
                **context,
            },
            status_code=status,
        )

    def error_page(request: Request, exc: LrtError) -> HTMLResponse:
        status = 503 if isinstance(exc, IndexStoreError) else 400
        return page(request, "error.html", status=status, message=str(exc))

    @app.exception_handler(LrtError)
    async def _lrt_error(request: Request, exc: LrtError) -> Response:
        status = 503 if isinstance(exc, IndexStoreError) else 400
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": str(exc)}, status_code=status)
        return error_page(request, exc)

    # ---------------------------------------------------------------------------- JSON API

    @app.get("/api/search", tags=["api"], summary="Ranked passages with citations")
    def api_search(
        q: Annotated[str, Query(description="The query, Dutch or English.")],
        k: Annotated[int | None, Query(description="Number of passages.")] = None,
        org: Annotated[str | None, Query(description="Only passages where it speaks.")] = None,
        since: Annotated[
            str | None, Query(description="From this meeting date (YYYY-MM-DD).")
        ] = None,
        until: Annotated[str | None, Query(description="Up to this meeting date.")] = None,
        meeting: Annotated[str | None, Query(description="Only this meeting date.")] = None,
        mode: Annotated[str | None, Query(description="hybrid, bm25 or dense.")] = None,
    ) -> dict[str, Any]:
        """The same JSON as ``lrt-search search --json``."""
        return _search(holder, q, k, org, since, until, meeting, mode)[0]

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
        return _ask(holder, q, k, org, since, until).to_dict()

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
        return _decisions(holder, kind, org, since, until, meeting).to_dict()

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
        form = {
            "q": q, "do": do, "k": k or "", "org": org, "since": since, "until": until,
            "meeting": meeting, "mode": mode,
        }  # fmt: skip
        context: dict[str, Any] = {
            "form": form,
            **_options(loaded),
            "mode_options": [(m, m) for m in MODES],
            "hits": None,
            "answer": None,
        }
        if q.strip():
            if do == "ask":
                answer = _ask(holder, q, k, org or None, since or None, until or None)
                terms = query_terms(loaded.engine, q)
                context["answer"] = answer
                context["quotes"] = [
                    (c, segments(c.quote, match_spans(c.quote, terms, loaded.engine.analyzer)))
                    for c in answer.citations
                ]
                context["closest"] = _hit_views(loaded.engine, answer.closest, terms)
            else:
                payload, hits = _search(
                    holder, q, k, org or None, since or None, until or None,
                    meeting or None, mode or None,
                )  # fmt: skip
                terms = query_terms(loaded.engine, q)
                context["hits"] = _hit_views(loaded.engine, hits, terms)
                context["payload"] = payload
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
        register = _decisions(holder, kind or None, org or None, since, until, meeting)
        form = {"kind": kind, "org": org, "since": since, "until": until, "meeting": meeting}
        return page(
            request,
            "decisions.html",
            register=register,
            form=form,
            kind_options=[(k, TEXTS[lang_of(request)][k]) for k in REGISTER_KINDS],
            **_options(loaded),
        )

    @app.get("/meetings", response_class=HTMLResponse, include_in_schema=False)
    def meetings_page(request: Request) -> HTMLResponse:
        return page(request, "meetings.html", meetings=holder.get().meetings)

    @app.get("/meeting/{name}", response_class=HTMLResponse, include_in_schema=False)
    def meeting_page(
        request: Request, name: str, start: int | None = None, end: int | None = None
    ) -> HTMLResponse:
        loaded = holder.get()
        path = _corpus_file(settings, name)
        source = read_source(path)
        meeting = next((m for m in loaded.meetings if m.source.name == path.name), None)
        end = end if end is not None else start
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
        path = _corpus_file(settings, name)
        media = "application/pdf" if path.suffix.lower() == ".pdf" else "text/plain; charset=utf-8"
        return FileResponse(path, media_type=media)

    return app


def _options(loaded: _Loaded) -> dict[str, Any]:
    """The organisation and meeting choices of the filter forms."""
    return {
        "org_options": [(code, code) for code in loaded.engine.orgs.codes],
        "meeting_options": [
            (m.date.isoformat(), f"{m.date.isoformat()} · {m.title}"[:60]) for m in loaded.meetings
        ],
    }


def _corpus_file(settings: Settings, name: str) -> Path:
    """The corpus file called ``name`` (only files of the corpus folder, by their name)."""
    for path in corpus_files(settings.corpus_dir):
        if path.name == name:
            return path
    raise QueryError(f"no minutes file {name!r} in the corpus")


def _search(
    holder: IndexHolder,
    q: str,
    k: int | None,
    org: str | None,
    since: str | None,
    until: str | None,
    meeting: str | None,
    mode: str | None,
) -> tuple[dict[str, Any], list[Any]]:
    settings = holder.settings
    _check_query(settings, q)
    _check_k(settings, k)
    mode = _check_mode(mode)
    since, until = _check_date(since, "since"), _check_date(until, "until")
    meeting = _check_date(meeting, "meeting")
    engine = holder.get().engine
    hits = engine.search(q, k=k, org=org, since=since, until=until, meeting=meeting, mode=mode)
    payload = search_payload(
        q, hits, mode or settings.mode, k or settings.k, org, since, until, meeting
    )
    return payload, hits


def _ask(
    holder: IndexHolder,
    q: str,
    k: int | None,
    org: str | None,
    since: str | None,
    until: str | None,
) -> Any:
    settings = holder.settings
    _check_query(settings, q)
    _check_k(settings, k)
    since, until = _check_date(since, "since"), _check_date(until, "until")
    return holder.get().engine.ask(q, k=k, org=org, since=since, until=until)


def _decisions(
    holder: IndexHolder,
    kind: str | list[str] | None,
    org: str | None,
    since: str | None,
    until: str | None,
    meeting: str | None,
) -> Any:
    since, until = _check_date(since, "since"), _check_date(until, "until")
    meeting = _check_date(meeting, "meeting")
    return holder.get().engine.decisions(
        kind=kind or None, org=org or None, since=since, until=until, meeting=meeting
    )


def _hit_views(engine: Engine, hits: list[Any], terms: set[str]) -> list[dict[str, Any]]:
    views = []
    for hit in hits:
        short, inside = passage_snippet(
            hit.text, terms, engine.analyzer, SNIPPET_CHARS, hit.chunk.kind == "item"
        )
        views.append({"hit": hit, "pieces": segments(short, inside)})
    return views


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the web application with uvicorn until interrupted."""
    import uvicorn

    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")
