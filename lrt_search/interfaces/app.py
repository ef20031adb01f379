"""The ``lrt-search`` typer application (its commands: ``cli_commands``, ``corpus_commands``);
the consoles and helpers the commands share are in :mod:`.cli_base`."""

from __future__ import annotations

from typing import Annotated

import typer

from .. import __version__
from .cli_base import (  # noqa: F401  (the commands' helpers, re-exported)
    DUTCH_PROGRESS,
    OutputLanguage,
    check_sep,
    date_option,
    err,
    out,
    output,
    print_json,
    settings_from,
    warn_read_error,
    wrapped,
)

app = typer.Typer(
    name="lrt-search",
    help="Search and question answering over the minutes of the Landelijke Regietafel "
    "Migratie en Integratie (LRT).",
    add_completion=True,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    rich_markup_mode=None,
)


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
