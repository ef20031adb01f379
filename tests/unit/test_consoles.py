"""The command line's consoles write what rich writes, without importing rich for plain lines:
the same bytes for awkward strings (markup, emoji codes, control characters, tabs, wide
characters), the same width, and rich's own output on a terminal or when colour is forced."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest
from rich.console import Console

from lrt_search.interfaces.consoles import LazyConsole, plain_width

LINES = [
    "",
    "plain line",
    "lrt-search: fout: lege zoekvraag",
    "trailing spaces   ",
    "  leading",
    "two\nlines",
    "[bold]markup[/]",
    "a [link] in brackets",
    "escaped \\[not markup]",
    "emoji :smile: code",
    "a time 10:30:00 and a:b:c",
    "tab\there",
    "carriage\rreturn",
    "bell\x07 and escape \x1b[31m red",
    "wide 中文字符 and combining é",
    "non-breaking\xa0space and – dash “quotes”",
    "x" * 130 + " a line longer than the console",
    "word " * 40,
]


def rich_output(text: str, markup: bool | None, soft_wrap: bool) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, highlight=False, soft_wrap=soft_wrap)
    console.print(text, markup=markup)
    return buffer.getvalue()


def lazy_output(
    text: str, markup: bool | None, soft_wrap: bool, monkeypatch: pytest.MonkeyPatch
) -> str:
    buffer = io.StringIO()
    monkeypatch.setattr(sys, "stdout", buffer)
    LazyConsole(soft_wrap=soft_wrap).print(text, markup=markup)
    return buffer.getvalue()


@pytest.mark.parametrize("soft_wrap", [True, False])
@pytest.mark.parametrize("markup", [None, False])
@pytest.mark.parametrize("text", LINES)
def test_a_line_is_written_as_rich_writes_it(
    text: str, markup: bool | None, soft_wrap: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert lazy_output(text, markup, soft_wrap, monkeypatch) == rich_output(text, markup, soft_wrap)


@pytest.mark.parametrize("columns", [None, "100", "37", "abc"])
def test_the_width_is_riches(columns: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    console = LazyConsole()
    assert console.width == plain_width() == Console().width
    assert console.color_system is None


def test_forced_colour_goes_through_rich(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    console = LazyConsole(soft_wrap=True)
    assert not console.plain
    assert console.color_system == Console().color_system is not None
    console.print("[bold]x[/] plain")
    assert sys.stdout.getvalue() == "\x1b[1mx\x1b[0m plain\n"


def test_plain_lines_import_no_rich() -> None:
    code = (
        "import sys\n"
        "from lrt_search.interfaces.cli_base import err, out, wrapped\n"
        "out.print('a line: with a colon', markup=False)\n"
        "err.print('lrt-search: fout: lege zoekvraag', markup=False)\n"
        "wrapped.print()\n"
        "print(wrapped.width, wrapped.color_system, 'rich' in sys.modules)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "FORCE_COLOR")}
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        stdin=subprocess.DEVNULL,  # no terminal anywhere: rich's width is then 80
        env=env,
        text=True,
        timeout=60,
        check=True,
    )
    assert proc.stdout.splitlines() == ["a line: with a colon", "", "80 None False"]
    assert proc.stderr == "lrt-search: fout: lege zoekvraag\n"
