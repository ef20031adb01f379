"""``search``, ``ask`` and ``decisions`` without typer: their bodies, and a parser of the
command lines typer would accept with the same meaning.

Building the typer application (every command's options, through click) and importing typer
cost a start-up about a third of the floor a search is measured against (issue 19). A
command line of these three commands made only of their own options, each given once or
more with a valid value, names exactly what typer would pass to the command; it runs here.
Anything else (``--help``, an unknown or misspelt option, a missing or invalid value, an
option-like value, a second argument) goes to typer, so its help and its errors are typer's
(``tests/integration/test_cli_fast.py`` runs both ways on the same command lines).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..config import MODES
from ..errors import QueryError
from .cli_base import (
    check_sep,
    date_option,
    output,
    print_json,
    settings_from,
    warn_read_error,
    wrapped,
)

#: Option -> (parameter, how its value is read). ``str`` options take any value not starting
#: with "-"; a tuple takes one of its values; ``list`` collects (``--kind``); ``bool`` is a flag.
Spec = dict[str, tuple[str, Any]]

_PATHS: Spec = {"--corpus": ("corpus", Path), "--index": ("index_dir", Path)}
_PATHS["--config"] = ("config", Path)
_DATES: Spec = {"--org": ("org", str), "--since": ("since", str), "--until": ("until", str)}
_K: Spec = {"-k": ("k", int), "--k": ("k", int)}
SEARCH: Spec = {
    **_K,
    **_DATES,
    **_PATHS,
    "--meeting": ("meeting", str),
    "--mode": ("mode", MODES),
    "--json": ("as_json", bool),
    "--format": ("fmt", ("text", "json", "csv", "md")),
    "--csv-sep": ("csv_sep", str),
}
ASK: Spec = {**_K, **_DATES, **_PATHS, "--json": ("as_json", bool)}
DECISIONS: Spec = {
    **_DATES,
    **_PATHS,
    "--kind": ("kind", list),
    "--meeting": ("meeting", str),
    "--format": ("fmt", ("table", "json", "csv", "md")),
    "--lang": ("lang", ("nl", "en")),
    "--csv-sep": ("csv_sep", str),
}


def _value(kind: Any, value: str) -> Any:
    """``value`` read as ``kind``, or ``None`` when typer must judge it."""
    if not value or value.startswith("-"):
        return None  # click may read it as an option; an empty path
    if kind is int:
        return int(value) if value.isascii() and value.isdigit() else None
    if isinstance(kind, tuple):
        return value if value in kind else None
    return Path(value) if kind is Path else value


def parse(args: list[str], spec: Spec, positional: str | None) -> dict[str, Any] | None:
    """The keyword arguments typer would pass for ``args`` (after the command name), or
    ``None`` when they are not plainly valid (typer then parses them and reports)."""
    found: dict[str, Any] = {}
    rest = iter(args)
    for arg in rest:
        name, equals, inline = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        if name in spec:
            param, kind = spec[name]
            if kind is bool:
                if equals:
                    return None
                found[param] = True
                continue
            value = _value(kind, inline if equals else next(rest, "-"))
            if value is None:
                return None
            if kind is list:
                found.setdefault(param, []).append(value)
            else:
                found[param] = value  # click: the last of a repeated option
        elif arg[:1] != "-" and positional and positional not in found:
            found[positional] = arg
        else:
            return None
    if positional and positional not in found:
        return None
    return found


def search_body(
    query: str,
    k: int | None = None,
    org: str | None = None,
    since: str | None = None,
    until: str | None = None,
    meeting: str | None = None,
    mode: Any = None,
    corpus: Path | None = None,
    index_dir: Path | None = None,
    config: Path | None = None,
    as_json: bool = False,
    fmt: str = "text",
    csv_sep: str = ",",
) -> None:
    """``lrt-search search``: ranked passages with citations."""
    from ..service import Engine
    from .searching import query_lang, run_search

    lang = output.lang = query_lang(query)  # the words, not the operators
    if not query.strip():
        raise QueryError("empty query")
    csv_sep = check_sep(csv_sep)
    settings = settings_from(config, corpus, index_dir)
    engine = Engine.load(settings=settings, on_error=warn_read_error)
    lang = output.lang = query_lang(query, engine)  # as read ("wnr ..." is Dutch), as ask
    since, until = date_option(since, "since"), date_option(until, "until")
    meeting = date_option(meeting, "meeting")
    run = run_search(engine, query, k, org, since, until, meeting, mode)
    if as_json or fmt != "text":
        from .exports import hits_export

        text = hits_export(run.payload, run.hits, "json" if as_json else fmt, lang, csv_sep)
        sys.stdout.write(text)
        return
    from .render import render_hits

    render_hits(run, engine, wrapped, lang)


def ask_body(
    question: str,
    k: int | None = None,
    org: str | None = None,
    since: str | None = None,
    until: str | None = None,
    corpus: Path | None = None,
    index_dir: Path | None = None,
    config: Path | None = None,
    as_json: bool = False,
) -> None:
    """``lrt-search ask``: an answer of verbatim quotes with their citations."""
    from ..index.analysis import is_english
    from ..search.abbreviations import read_abbreviations
    from ..service import Engine

    output.lang = "en" if is_english(question) else "nl"  # as typed until the index is loaded
    if not question.strip():
        raise QueryError("empty question")
    settings = settings_from(config, corpus, index_dir)
    engine = Engine.load(settings=settings, on_error=warn_read_error)
    read, _ = read_abbreviations(engine, question)  # rule chat_abbreviations, as ask reads it
    output.lang = "en" if is_english(read) else "nl"  # "wnr gaat budel open" is Dutch
    answer = engine.ask(
        question, k=k, org=org, since=date_option(since, "since"), until=date_option(until, "until")
    )
    if as_json:
        print_json(answer.to_dict())
        return
    from .render import render_answer_with

    render_answer_with(answer, wrapped, engine)


def decisions_body(
    kind: list[str] | None = None,
    org: str | None = None,
    since: str | None = None,
    until: str | None = None,
    meeting: str | None = None,
    fmt: str = "table",
    lang: str = "nl",
    csv_sep: str = ",",
    corpus: Path | None = None,
    index_dir: Path | None = None,
    config: Path | None = None,
) -> None:
    """``lrt-search decisions``: the register, read from a fresh index or parsed."""
    from ..answer.stored_decisions import index_register

    output.lang = lang
    settings = settings_from(config, corpus, index_dir)
    dates = (date_option(since, "since"), date_option(until, "until"))
    whole = not (kind or org or meeting or any(dates))
    if whole and fmt == "table" and settings.register_cache and wrapped.plain:
        from .register_cache import print_register_table

        if print_register_table(settings, wrapped, lang):
            return
    register = index_register(settings, kind, org, *dates, date_option(meeting, "meeting"))
    if register is None:
        from ..answer.decisions import corpus_register

        register = corpus_register(
            settings, kind, org, *dates, date_option(meeting, "meeting"), on_error=warn_read_error
        )
    if fmt == "table":
        from .register_view import render_register

        render_register(register, wrapped, lang)
    else:
        from .exports import register_export

        sys.stdout.write(register_export(register, fmt, lang, check_sep(csv_sep)))


#: The commands run without typer: body, options, name of the one argument.
COMMANDS: dict[str, tuple[Callable[..., None], Spec, str | None]] = {
    "search": (search_body, SEARCH, "query"),
    "ask": (ask_body, ASK, "question"),
    "decisions": (decisions_body, DECISIONS, None),
}


def fast_command(argv: list[str]) -> Callable[[], None] | None:
    """The command ``argv`` names, ready to run, when it is one of :data:`COMMANDS` with a
    plainly valid command line; else ``None`` (typer runs it)."""
    if not argv or argv[0] not in COMMANDS:
        return None
    body, spec, positional = COMMANDS[argv[0]]
    kwargs = parse(argv[1:], spec, positional)
    if kwargs is None:
        return None
    return lambda: body(**kwargs)
