"""The command lines ``search``, ``ask`` and ``decisions`` run without typer mean what typer
would pass: on every generated command line, either the fast parser declines (typer runs it)
or it yields typer's own parameters; typer's errors are never bypassed."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

import pytest
import typer.main
from hypothesis import given, settings
from hypothesis import strategies as st

from lrt_search.interfaces.cli_commands import app
from lrt_search.interfaces.cli_fast import COMMANDS, parse

GROUP = typer.main.get_command(app)
VALUES = ["3", "07", "x", "", "-1", "-", "bm25", "dense", "fast", "en", "nl", "de", "json", "csv"]
VALUES += ["md", "table", "text", "besluit", ";", "2023", "april 2023", "VNG", "corpus", "a=b"]
WORDS = ["opvang", "wat zei het IPO", "", " ", "--", "-x", "--help", "--no-json", "-k3", "-k=3"]


def typer_params(command: str, args: list[str]) -> dict[str, Any] | None:
    """What typer would pass to the command (values as click holds them), or None when typer
    rejects the command line (usage error, help)."""
    try:
        ctx = GROUP.commands[command].make_context(command, list(args))  # type: ignore[attr-defined]
    except Exception:  # click's usage errors, and its Exit after --help
        return None
    # typer passes an option given no times as its default (None), not as click's ()
    return {k: None if v == () else v for k, v in ctx.params.items()}


def as_click(command: str, found: dict[str, Any]) -> dict[str, Any]:
    """The fast parser's arguments with the body's defaults, as click holds them."""
    body = COMMANDS[command][0]
    params = {
        name: p.default
        for name, p in inspect.signature(body).parameters.items()
        if p.default is not inspect.Parameter.empty
    }
    params.update(found)
    return {
        k: str(v) if isinstance(v, Path) else tuple(v) if isinstance(v, list) else v
        for k, v in params.items()
    }


def check(command: str, args: list[str]) -> None:
    _, spec, positional = COMMANDS[command]
    ours = parse(args, spec, positional)
    theirs = typer_params(command, args)
    if theirs is None:
        assert ours is None, f"typer rejects {args} but the fast path would run it"
    elif ours is not None:
        assert as_click(command, ours) == theirs


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_fast_option_is_the_commands_own(command: str) -> None:
    _, spec, positional = COMMANDS[command]
    params = {
        opt: p.name
        for p in GROUP.commands[command].params
        for opt in p.opts  # type: ignore[attr-defined]
    }
    for option, (name, _) in spec.items():
        assert params.get(option) == name, option
    if positional:
        assert params[positional] == positional


@pytest.mark.parametrize(
    ("command", "args"),
    [
        ("search", ["opvang", "-k", "3", "--mode", "bm25", "--json", "--corpus", "c"]),
        ("search", ["--org=VNG", "opvang", "--format", "csv", "--csv-sep", ";", "--k=2"]),
        ("search", ["opvang", "-k", "2", "-k", "5"]),
        ("ask", ["wat zei het IPO", "--since", "april 2023", "--until", "2024", "--index", "i"]),
        ("decisions", ["--kind", "besluit", "--kind", "actie", "--lang=en", "--format", "md"]),
        ("decisions", ["--meeting", "2023-11-03", "--config", "x.toml", "--org", "COA"]),
    ],
)
def test_plain_command_lines_run_without_typer(command: str, args: list[str]) -> None:
    _, spec, positional = COMMANDS[command]
    ours = parse(args, spec, positional)
    assert ours is not None
    assert as_click(command, ours) == typer_params(command, args)


@pytest.mark.parametrize(
    ("command", "args"),
    [
        ("search", ["opvang", "--mode", "fast"]),
        ("search", ["opvang", "extra"]),
        ("search", ["opvang", "-k", "x"]),
        ("search", ["opvang", "-k"]),
        ("search", ["--json"]),
        ("search", ["opvang", "--help"]),
        ("ask", ["vraag", "--mode", "bm25"]),
        ("decisions", ["--format", "xml"]),
        ("decisions", ["--lang"]),
        ("decisions", ["extra"]),
    ],
)
def test_what_typer_rejects_goes_to_typer(command: str, args: list[str]) -> None:
    _, spec, positional = COMMANDS[command]
    assert parse(args, spec, positional) is None
    assert typer_params(command, args) is None


@settings(max_examples=300, deadline=None)
@given(
    command=st.sampled_from(sorted(COMMANDS)),
    picks=st.lists(st.integers(min_value=0, max_value=10_000), max_size=8),
)
def test_generated_command_lines_mean_what_typer_reads(command: str, picks: list[int]) -> None:
    options = sorted(COMMANDS[command][1])
    pool = options + VALUES + WORDS + [f"{o}={v}" for o in options[:4] for v in ("3", "en")]
    check(command, [pool[i % len(pool)] for i in picks])
