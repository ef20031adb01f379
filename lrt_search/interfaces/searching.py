"""``search`` as the command line, the API and the web page run it: the query's syntax
(:mod:`lrt_search.search.syntax`), what was not understood, and the JSON payload."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..search.limits import check_query
from ..search.spelling import as_typed, suggest
from ..search.syntax import ParsedQuery, syntax_search
from ..search.unread import not_understood
from .payloads import search_payload

if TYPE_CHECKING:
    from ..results import Hit
    from ..service import Engine


@dataclass(frozen=True)
class SearchRun:
    """One search: its hits, the parsed query and the ``--json`` payload."""

    hits: list[Hit]
    parsed: ParsedQuery
    payload: dict[str, Any]


def run_search(
    engine: Engine,
    query: str,
    k: int | None = None,
    org: str | None = None,
    since: str | None = None,
    until: str | None = None,
    meeting: str | None = None,
    mode: str | None = None,
) -> SearchRun:
    """Search ``query`` with its operators and filters; the payload of ``search --json``."""
    check_query(query, engine.settings.max_query_chars)  # as typed, before its syntax is read
    hits, parsed = syntax_search(
        engine, query, k=k, org=org, since=since, until=until, meeting=meeting, mode=mode
    )
    unread = not_understood(engine, parsed.text)
    orgs = ([org] if org else []) + list(parsed.orgs)
    payload = search_payload(
        query,
        hits,
        mode or engine.settings.mode,
        k or engine.settings.k,
        ", ".join(orgs) or None,
        parsed.since.isoformat() if parsed.since else None,
        parsed.until.isoformat() if parsed.until else None,
        meeting,
        unread,
    )
    payload["syntax"] = parsed.to_dict()
    payload["notes"] = list(parsed.notes)  # what was read, as ``ask`` notes it
    found = as_typed(suggest(engine, parsed.text), query) if unread else []  # for the words read
    payload["suggestions"] = [s.to_dict() for s in found]
    return SearchRun(hits, parsed, payload)


def query_lang(query: str, engine: Engine | None = None) -> str:
    """The language of a search's output: that of the query's words, not of its operators
    (``nl`` when they say nothing, or the query cannot be read); with ``engine``, of the words
    as read (rule chat_abbreviations: "wnr gaat budel open" is Dutch)."""
    from ..errors import QueryError
    from ..index.analysis import is_english
    from ..search.abbreviations import read_abbreviations
    from ..search.syntax import parse_query

    try:
        text = parse_query(query).text
    except QueryError:  # a bad field filter: the words without the operators
        text = " ".join(w for w in query.split() if ":" not in w and not w.startswith("-"))
    return "en" if is_english(read_abbreviations(engine, text)[0] if engine else text) else "nl"
