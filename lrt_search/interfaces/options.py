"""The option types shared by the ``lrt-search`` commands: help texts show defaults and
choices (``--mode [hybrid|bm25|dense]``)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import typer

from ..config import MODES, Mode, Settings
from ..models import REGISTER_KINDS  # not ingest.statement_kinds: its regexes cost ~20 ms

CorpusOpt = Annotated[
    Path | None, typer.Option("--corpus", help="Folder of minutes (default: corpus/, $LRT_CORPUS).")
]
IndexOpt = Annotated[
    Path | None, typer.Option("--index", help="Index folder (default: index/, $LRT_INDEX).")
]
ConfigOpt = Annotated[
    Path | None, typer.Option("--config", help="A TOML file of settings (see eval/configs/).")
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for other tools.")]
DEFAULTS = Settings()
KIND_CHOICES = "[" + "|".join(REGISTER_KINDS) + "]"
KOpt = Annotated[
    int | None, typer.Option("-k", "--k", help=f"Number of passages (default: {DEFAULTS.k}).")
]
MeetingOpt = Annotated[
    str | None,
    typer.Option("--meeting", help="Only this meeting day: 2023-11-03, '1ste mei 2023', 8/7/22."),
]
ModeOpt = Annotated[
    Mode | None,
    typer.Option(
        "--mode",
        help=f"Retrieval (default: {DEFAULTS.mode}).",
        metavar="[" + "|".join(MODES) + "]",
    ),
]
OrgOpt = Annotated[
    str | None, typer.Option("--org", help="Only passages where this organisation speaks.")
]
SinceOpt = Annotated[
    str | None,
    typer.Option(
        "--since",
        help=(
            "From this date or period on, written as in a question: 2023-11-03, "
            "'1ste mei 2023', 8/7/22, 'april 2023', 2023, 'Q2 2023', 'najaar 2023'."
        ),
    ),
]
UntilOpt = Annotated[
    str | None,
    typer.Option("--until", help="Up to the end of this date or period (as --since)."),
]
SplitOpt = Annotated[
    Literal["dev", "test", "generated", "all"],
    typer.Option("--split", help="Question split.", metavar="[dev|test|generated|all]"),
]
LangOpt = Annotated[
    Literal["nl", "en"],
    typer.Option("--lang", help="Language of the table and Markdown output.", metavar="[nl|en]"),
]
CsvSepOpt = Annotated[
    str,
    typer.Option("--csv-sep", help="CSV separator: ',' or ';' (Dutch Excel)."),
]
