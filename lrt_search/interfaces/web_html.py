"""The HTML pages of ``lrt-search serve``: one renderer over the templates and the index, whose
methods are the page routes (``/``, ``/decisions``, ``/meetings``, ``/meeting/{file}``,
``/source/{file}``) and the error page. Dutch by default, English with ``?lang=en``."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

import jinja2
from fastapi import Depends, Request
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.templating import Jinja2Templates

from .. import __version__
from ..config import MODES, Settings
from ..errors import IndexStoreError, LrtError, QueryError
from ..ingest.corpus import SourceText, cited_lines
from ..ingest.statement_kinds import REGISTER_KINDS
from ..search.highlight import match_spans, query_terms, segments
from ..search.unread import describe as describe_unread
from .error_texts import error_text
from .messages import TEXTS, citation_text, confidence_text, item_text
from .web_pages import corpus_span, example_questions
from .web_queries import (
    IndexHolder,
    RegisterFilters,
    SearchFilters,
    corpus_file,
    form_options,
    hit_views,
    run_ask,
)
from .web_text import note_text

TEMPLATES = Path(__file__).parent / "templates"
SEARCH_FIELDS = ("q", "do", "k", "org", "since", "until", "meeting", "mode")


def lang_of(request: Request) -> str:
    """The page's language: English with ``?lang=en``, Dutch otherwise."""
    return "en" if request.query_params.get("lang") == "en" else "nl"


def form_labels(lang: str) -> dict[str, str]:
    """The page's names of the query parameters, for its error messages (``Vanaf: ...``)."""
    t = TEXTS[lang]
    names = {"q": "query", "since": "since", "until": "until", "org": "organisation"}
    names |= {"meeting": "meeting", "mode": "mode", "kind": "kind", "k": "count"}
    return {param: t[key][:1].upper() + t[key][1:] for param, key in names.items()}


def source_lines(source: SourceText, start: int | None, end: int | None) -> list[dict[str, Any]]:
    """The numbered lines of a source file for its page: which are cited (``start``-``end``),
    where a PDF page begins and which pages were read by OCR."""
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
    return lines


class PageRenderer:
    """Renders the HTML pages over ``settings``' corpus and the index ``holder`` keeps; every
    template escapes every value (autoescape on for all files, not only ``*.html``)."""

    def __init__(self, settings: Settings, holder: IndexHolder) -> None:
        self.settings = settings
        self.holder = holder
        env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(TEMPLATES)),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
        )
        self.templates = Jinja2Templates(env=env)

    def page(
        self, request: Request, template: str, status: int = 200, **context: Any
    ) -> HTMLResponse:
        """``template`` rendered in the request's language with ``context``."""
        lang = lang_of(request)
        params = dict(request.query_params)
        params["lang"] = "nl" if lang == "en" else "en"
        return self.templates.TemplateResponse(
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

    def error_page(self, request: Request, exc: LrtError) -> HTMLResponse:
        """The error as a page: 503 for an index problem, 400 otherwise; a bad query on the
        home page keeps the form, filled in as sent, with the error below it."""
        status = 503 if isinstance(exc, IndexStoreError) else 400
        text = str(exc).removeprefix("--") if isinstance(exc, QueryError) else exc
        message = error_text(text, lang_of(request), form_labels(lang_of(request)))
        if status == 400 and request.url.path == "/":
            context = self.search_context(request, message)
            return self.page(request, "search.html", status=400, **context)
        return self.page(request, "error.html", status=status, message=message)

    def search_context(self, request: Request, error: str | None = None) -> dict[str, Any]:
        """The home page's form (as sent), its options and the corpus span, with no result."""
        params = request.query_params
        form = {name: params.get(name, "") for name in SEARCH_FIELDS}
        form["do"] = form["do"] or "search"
        loaded = self.holder.get()
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

    def home(
        self,
        request: Request,
        filters: Annotated[SearchFilters, Depends()],
        q: str = "",
        do: str = "search",
    ) -> HTMLResponse:
        """``/``: the search form, and the hits of a search or the answer to a question."""
        loaded = self.holder.get()
        context = self.search_context(request)
        f = filters
        if q.strip() and do == "ask":
            answer = run_ask(self.holder, q, f.k, f.org or None, f.since or None, f.until or None)
            terms = query_terms(loaded.engine, q)
            context["answer"] = answer
            context["quotes"] = [
                (c, segments(c.quote, match_spans(c.quote, terms, loaded.engine.analyzer)))
                for c in answer.citations
            ]
            context["closest"] = hit_views(loaded.engine, answer.closest, terms)
            context["sides"] = answer.sides
        elif q.strip():
            payload, hits = filters.run(self.holder, q)
            terms = query_terms(loaded.engine, payload["syntax"]["text"])
            context["hits"] = hit_views(loaded.engine, hits, terms)
            context["payload"] = payload
            context["unread"] = payload["not_understood"]
            context["notes"] = payload["notes"]
        return self.page(request, "search.html", **context)

    def decisions(
        self, request: Request, filters: Annotated[RegisterFilters, Depends()]
    ) -> HTMLResponse:
        """``/decisions``: the register, narrowed by the form, with its facet counts."""
        loaded = self.holder.get()
        register = filters.run(self.holder)
        form = dataclasses.asdict(filters)

        def facet_url(name: str, value: str) -> str:
            # A facet narrows the current selection: its count is what the link then shows.
            params = {k: v for k, v in form.items() if v and k != name}
            params[name] = value
            if lang_of(request) == "en":
                params["lang"] = "en"
            return f"/decisions?{urlencode(params)}"

        return self.page(
            request,
            "decisions.html",
            register=register,
            form=form,
            facet_url=facet_url,
            kind_options=[(k, TEXTS[lang_of(request)][k]) for k in REGISTER_KINDS],
            **form_options(loaded),
        )

    def meetings(self, request: Request) -> HTMLResponse:
        """``/meetings``: the meetings of the corpus."""
        return self.page(request, "meetings.html", meetings=self.holder.get().meetings)

    def meeting(
        self, request: Request, name: str, start: int | None = None, end: int | None = None
    ) -> HTMLResponse:
        """``/meeting/{name}``: the source text with lines ``start``-``end`` highlighted."""
        loaded = self.holder.get()
        path = corpus_file(self.settings, name)
        source = cited_lines(path, self.settings)  # numbered as citations count (OCR included)
        meeting = next((m for m in loaded.meetings if m.source.name == path.name), None)
        end = end if end is not None else start
        if start is not None and end is not None and not 1 <= start <= end <= len(source.lines):
            raise QueryError(
                f"start, end: lines {start}-{end} are not a range within the "
                f"{len(source.lines)} lines of {path.name}"
            )
        return self.page(
            request,
            "meeting.html",
            name=path.name,
            meeting=meeting,
            lines=source_lines(source, start, end),
            start=start,
            end=end,
            is_pdf=path.suffix.lower() == ".pdf",
            cited_page=source.page_of(start) if start else None,
        )

    def source(self, name: str) -> FileResponse:
        """``/source/{name}``: the corpus file itself (a PDF opens at ``#page=N``)."""
        self.holder.get()
        path = corpus_file(self.settings, name)
        media = "application/pdf" if path.suffix.lower() == ".pdf" else "text/plain; charset=utf-8"
        return FileResponse(path, media_type=media)
