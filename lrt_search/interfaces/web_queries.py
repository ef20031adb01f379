"""What the web requests do with the index: load it (never build it), check the parameters,
and run search, ask and the decisions register."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..config import MODES, Settings
from ..errors import QueryError, ReadError
from ..index.freshness import index_state
from ..index.store import current_generation
from ..ingest.corpus import corpus_files, load_corpus
from ..models import Meeting
from ..search.highlight import passage_snippet, segments
from ..search.option_dates import as_date
from ..service import Engine
from .searching import run_search as run_query


@dataclass
class Loaded:
    key: tuple[Any, ...]
    engine: Engine
    meetings: list[Meeting]


class IndexHolder:
    """The engine of the served index, loaded (never built) on first use and again when
    ``lrt-search index`` has written a new generation; refuses a missing or stale index."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._loaded: Loaded | None = None
        self._lock = threading.Lock()

    def get(self) -> Loaded:
        """The loaded engine and meetings, or :class:`IndexStoreError` saying what to run."""
        state = index_state(self.settings)
        if state.status != "fresh":
            raise state.error(
                "the web interface does not build indexes, run 'lrt-search index' and reload"
            )
        # The generation names the index: a new one is loaded between requests, and requests
        # still running on the old engine keep its lease, so its files stay until they end.
        key = (current_generation(Path(self.settings.index_dir)),)
        with self._lock:
            if self._loaded is None or self._loaded.key != key:
                engine = Engine.load(settings=self.settings, build=False, progress=False)
                meetings = load_corpus(self.settings.corpus_dir, self.settings, on_error=_ignore)
                self._loaded = Loaded(key, engine, meetings)
            return self._loaded


def _ignore(exc: ReadError) -> None:
    del exc  # a file the index skipped is reported by 'lrt-search index'


def check_query(settings: Settings, text: str, name: str = "q") -> str:
    if not text or not text.strip():
        raise QueryError(f"{name}: empty query")
    limit = min(settings.web_max_query_chars, settings.max_query_chars)
    if len(text) > limit:
        raise QueryError(
            f"{name}: the query is {len(text)} characters long; at most {limit} are allowed"
        )
    return text


def check_k(settings: Settings, k: int | None) -> int | None:
    if k is not None and not 1 <= k <= settings.web_max_k:
        raise QueryError(f"k: must lie between 1 and {settings.web_max_k}, not {k}")
    return k


def check_date(value: str | None, name: str) -> str | None:
    """``value`` as an ISO date; ``since`` / ``until`` take the command line's periods
    ("april 2023"), an error names the parameter (``since: ...``)."""
    if not value:
        return None
    day = as_date(value, name)
    return day.isoformat() if day else None


def check_mode(mode: str | None) -> str | None:
    if mode and mode not in MODES:
        raise QueryError(f"mode: {mode!r} is not one of {', '.join(MODES)}")
    return mode or None


def form_options(loaded: Loaded) -> dict[str, Any]:
    """The organisation and meeting choices of the filter forms."""
    return {
        "org_options": [(code, code) for code in loaded.engine.orgs.codes],
        "meeting_options": [
            (m.date.isoformat(), f"{m.date.isoformat()} · {m.title}"[:60]) for m in loaded.meetings
        ],
    }


def corpus_file(settings: Settings, name: str) -> Path:
    """The corpus file called ``name``: only regular files of the corpus folder, by their name,
    never through a symbolic link (a link to ``/etc/passwd`` in the folder is not served)."""
    folder = Path(settings.corpus_dir).resolve()
    for path in corpus_files(settings.corpus_dir):
        if path.name == name:
            real = path.resolve()
            if not path.is_symlink() and real.parent == folder and real.is_file():
                return real
    raise QueryError(f"no minutes file {name!r} in the corpus")


def run_search(
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
    check_query(settings, q)
    check_k(settings, k)
    mode = check_mode(mode)
    since, until = check_date(since, "since"), check_date(until, "until")
    meeting = check_date(meeting, "meeting")
    run = run_query(holder.get().engine, q, k, org, since, until, meeting, mode)
    return run.payload, run.hits


def run_ask(
    holder: IndexHolder,
    q: str,
    k: int | None,
    org: str | None,
    since: str | None,
    until: str | None,
) -> Any:
    settings = holder.settings
    check_query(settings, q)
    check_k(settings, k)
    since, until = check_date(since, "since"), check_date(until, "until")
    return holder.get().engine.ask(q, k=k, org=org, since=since, until=until)


def run_decisions(
    holder: IndexHolder,
    kind: str | list[str] | None,
    org: str | None,
    since: str | None,
    until: str | None,
    meeting: str | None,
) -> Any:
    since, until = check_date(since, "since"), check_date(until, "until")
    meeting = check_date(meeting, "meeting")
    return holder.get().engine.decisions(
        kind=kind or None, org=org or None, since=since, until=until, meeting=meeting
    )


def hit_views(engine: Engine, hits: list[Any], terms: set[str]) -> list[dict[str, Any]]:
    views = []
    for hit in hits:
        short, inside = passage_snippet(
            hit.text,
            terms,
            engine.analyzer,
            engine.settings.snippet_chars,
            hit.chunk.kind == "item",
        )
        views.append({"hit": hit, "pieces": segments(short, inside)})
    return views


@dataclass
class SearchFilters:
    """The filters of a search as the page and its download take them (query parameters;
    an empty one is no filter)."""

    k: int | None = None
    org: str = ""
    since: str = ""
    until: str = ""
    meeting: str = ""
    mode: str = ""

    def run(self, holder: IndexHolder, q: str) -> tuple[dict[str, Any], list[Any]]:
        """:func:`run_search` of ``q`` with these filters."""
        return run_search(
            holder, q, self.k, self.org or None, self.since or None, self.until or None,
            self.meeting or None, self.mode or None,
        )  # fmt: skip


@dataclass
class RegisterFilters:
    """The filters of the register as its page and its download take them."""

    kind: str = ""
    org: str = ""
    since: str = ""
    until: str = ""
    meeting: str = ""

    def run(self, holder: IndexHolder) -> Any:
        """:func:`run_decisions` with these filters."""
        kind, org = self.kind or None, self.org or None
        return run_decisions(holder, kind, org, self.since, self.until, self.meeting)
