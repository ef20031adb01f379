"""Styled text without rich is rich's ``Text`` once converted, and a console without styles
prints it, wrapped or not, as rich prints it: on generated texts (spaces, long words, wide and
control characters, markup-like brackets) at several widths and indents."""

from __future__ import annotations

import io
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.text import Text

from lrt_search.interfaces.answer_view import print_line, print_wrapped
from lrt_search.interfaces.consoles import LazyConsole
from lrt_search.interfaces.styled import Styled, simple_wrap

PIECES = ["word", "woord", " ", "  ", "Ter Apel", "“quote”", "…", "-", "[b]", ":smile:", "x" * 30]
PIECES += ["中文", "e\u0301", "\xa0", "\t", "\r", "\x0c", "2023-11-03", "IPO,", "(0.96)", "\n"]
STYLES = ["", "bold", "dim", "bold cyan", "yellow"]

#: What the fast wrapper takes.
SIMPLE = [*PIECES[:9], "x" * 30, "x" * 19, "2023-11-03", "IPO,", "(0.96)"]
texts = st.one_of(
    st.lists(st.sampled_from(SIMPLE), max_size=60).map("".join),
    st.lists(st.sampled_from(PIECES), max_size=40).map("".join),
)
ops = st.lists(
    st.tuples(
        st.sampled_from(["append", "append_text", "stylize"]), texts, st.sampled_from(STYLES)
    ),
    max_size=5,
)


def build(start: str, style: str, steps: list[tuple[str, str, str]]) -> tuple[Styled, Text]:
    ours, theirs = Styled(start, style=style), Text(start, style=style)
    for op, text, op_style in steps:
        if op == "append":
            ours.append(text, style=op_style or None)
            theirs.append(text, style=op_style or None)
        elif op == "append_text":
            ours.append_text(Styled(text, style=op_style))
            theirs.append_text(Text(text, style=op_style))
        else:
            end = len(text)  # any offsets, also past the end
            ours.stylize(op_style, 1, end)
            theirs.stylize(op_style, 1, end)
    return ours, theirs


@pytest.mark.parametrize("text", ["  " + "x" * 19 + " word", " ab " + "x" * 25, "  a", "   "])
def test_leading_spaces_wrap_as_in_rich(text: str) -> None:
    console = Console(file=io.StringIO(), width=20)
    rich_lines = [line.plain.rstrip() for line in Text(text).wrap(console, 20)]
    ours = simple_wrap(text, 20)
    assert ours is None or ours == rich_lines


@settings(max_examples=200, deadline=None)
@given(start=texts, style=st.sampled_from(STYLES), steps=ops)
def test_styled_is_riches_text(start: str, style: str, steps: list[tuple[str, str, str]]) -> None:
    ours, theirs = build(start, style, steps)
    converted = ours.as_rich()
    assert converted.plain == theirs.plain == ours.plain
    assert converted.style == theirs.style
    assert converted.spans == theirs.spans


@settings(max_examples=300, deadline=None)
@given(
    start=texts,
    style=st.sampled_from(STYLES),
    steps=ops,
    width=st.sampled_from([20, 37, 60, 80, 100]),
    indent=st.sampled_from([0, 4]),
    hanging=st.sampled_from([0, 4]),
)
def test_a_plain_console_prints_what_rich_prints(
    start: str,
    style: str,
    steps: list[tuple[str, str, str]],
    width: int,
    indent: int,
    hanging: int,
) -> None:
    ours, theirs = build(start, style, steps)
    expected = io.StringIO()
    console = Console(file=expected, width=width, highlight=False)
    print_wrapped(console, theirs, indent, hanging)
    print_line(console, ours)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("COLUMNS", str(width))
        patch.delenv("FORCE_COLOR", raising=False)
        patch.delenv("TTY_COMPATIBLE", raising=False)
        patch.setattr(sys, "stdout", io.StringIO())
        lazy = LazyConsole()
        print_wrapped(lazy, ours, indent, hanging)
        print_line(lazy, ours)
        assert sys.stdout.getvalue() == expected.getvalue()
