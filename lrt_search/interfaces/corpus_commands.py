"""Commands on the corpus itself (no index needed): meetings, decisions, chunks, check, add."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

import typer

from ..errors import QueryError, ReadError
from .app import (
    app,
    err,
    out,
    print_json,
    settings_from,
    warn_read_error,
)
from .cli_fast import decisions_body
from .options import (
    KIND_CHOICES,
    ConfigOpt,
    CorpusOpt,
    CsvSepOpt,
    IndexOpt,
    JsonOpt,
    LangOpt,
    MeetingOpt,
    SinceOpt,
    UntilOpt,
)


def _meetings_of(settings: Any) -> list[Any]:
    """The readable meetings of the corpus folder (a warning per bad file); an error when
    there is none, instead of printing nothing."""
    from ..ingest.corpus import NO_MINUTES, load_corpus  # the reader: only commands that read

    found = load_corpus(settings.corpus_dir, settings, on_error=warn_read_error)
    if not found:
        raise ReadError(settings.corpus_dir, NO_MINUTES)
    return found


@app.command()
def meetings(corpus: CorpusOpt = None, config: ConfigOpt = None, as_json: JsonOpt = False) -> None:
    """List the meetings of the corpus: date, title, items, chunks, source."""
    settings = settings_from(config, corpus)
    found = _meetings_of(settings)
    if as_json:
        print_json([m.summary() for m in found])
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
    lang: LangOpt = "nl",
    csv_sep: CsvSepOpt = ",",
    corpus: CorpusOpt = None,
    index_dir: IndexOpt = None,
    config: ConfigOpt = None,
) -> None:
    """The decisions and actions register: what was agreed and who has to act (read from the
    index when it is up to date, else from the corpus)."""
    decisions_body(kind, org, since, until, meeting, fmt, lang, csv_sep, corpus, index_dir, config)


@app.command()
def chunks(
    corpus: CorpusOpt = None,
    config: ConfigOpt = None,
    meeting: MeetingOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Print the chunks of the corpus with their citations."""
    settings = settings_from(config, corpus)
    from ..search.option_dates import meeting_day

    wanted = meeting_day(meeting) if meeting else None
    found = _meetings_of(settings)
    selected = [c for m in found if wanted in (None, m.date) for c in m.chunks]
    if wanted and not selected:
        raise QueryError(f"--meeting: no meeting on {wanted.isoformat()} in {settings.corpus_dir}")
    if as_json:
        print_json([c.to_dict() for c in selected])
        return
    for c in selected:
        speakers = f"  [dim]speakers: {', '.join(c.speakers)}[/]" if c.speakers else ""
        out.print(f"[bold cyan]{c.citation}[/]  [dim]{c.chunk_id}[/]{speakers}")
        out.print(c.text, markup=False)
        out.print()


def _ocr_progress(total: int, label: str) -> Any:
    from ..progress import Progress

    return Progress(None, total, label)


@app.command()
def check(
    file: Annotated[Path, typer.Argument(help="A minutes file or a Woo bundle PDF.")],
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Show what is understood of a file (meetings, items, speakers, skipped parts, warnings)
    without indexing it."""
    from ..ingest.report import check_file
    from .render import render_check

    report = check_file(file, settings_from(config, need_corpus=False), _ocr_progress)
    for warning in report.warnings:  # pages not read (no Tesseract, ...): one line each
        err.print(f"warning: {warning}", markup=False)
    if as_json:
        print_json(report.to_dict())
    else:
        render_check(report, out.console)


@app.command()
def add(
    files: Annotated[list[Path], typer.Argument(help="Minutes files or Woo bundle PDFs.")],
    corpus: CorpusOpt = None,
    config: ConfigOpt = None,
    replace: Annotated[
        bool, typer.Option("--replace", help="Overwrite a corpus file of the same name.")
    ] = False,
) -> None:
    """Validate files and copy them into the corpus folder (the next search indexes them)."""
    from ..ingest.adding import add_files

    settings = settings_from(config, corpus)
    for added in add_files(files, settings, _ocr_progress, replace=replace):
        for warning in (*added.read.warnings, *added.warnings):
            err.print(f"warning: {warning}", markup=False)
        for part in added.read.skipped:
            err.print(f"skipped {added.read.path} {part.describe()}: {part.skipped}", markup=False)
        dates = ", ".join(m.date.isoformat() for m in added.read.meetings)
        verb = "added" if added.copied else "already in the corpus:"
        out.print(
            f"{verb} {added.target} ({len(added.read.meetings)} meetings: {dates})", markup=False
        )
