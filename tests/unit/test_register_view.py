"""The register's own wrapping prints what rich prints, on the corpus's decisions and on lines
made to be awkward (double spaces, long words, wide and non-breaking characters)."""

from __future__ import annotations

import io
import random
import re
from pathlib import Path

import pytest
from rich.console import Console
from rich.text import Text

from lrt_search.answer.decisions import Register, corpus_register
from lrt_search.config import Settings
from lrt_search.interfaces.answer_view import wrapped_lines
from lrt_search.interfaces.messages import TEXTS, citation_text, item_text
from lrt_search.interfaces.register_view import render_register, simple_wrap

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture(scope="module")
def register() -> Register:
    return corpus_register(Settings(corpus_dir=CORPUS, index_dir=Path("unused")))


def rich_register(register: Register, console: Console, lang: str) -> None:
    """The register printed through rich alone (how it was printed before)."""
    t = TEXTS[lang]
    lines: list[Text] = []
    for d in register:
        head = Text(f"{d.meeting_date.isoformat()}  {t[d.kind]:<9} ", style="bold")
        head.append(", ".join(d.orgs) or "–", style="bold magenta")
        head.append(f"  {item_text(d.item, lang)}", style="dim")
        lines += wrapped_lines(console, head, hanging=4)
        lines += wrapped_lines(console, Text(d.text), indent=4)
        cite = citation_text(d.citation, lang)
        lines += wrapped_lines(console, Text(f"{cite} · {d.source}", style="cyan"), indent=4)
    console.print(Text("\n").join(lines), soft_wrap=True)


def printed(render, register: Register, width: int, lang: str, terminal: bool) -> str:  # type: ignore[no-untyped-def]
    file = io.StringIO()
    console = Console(
        file=file,
        width=width,
        highlight=False,
        force_terminal=terminal,
        color_system="standard" if terminal else None,
    )
    render(register, console, lang)
    return file.getvalue()


@pytest.mark.parametrize("width", [24, 45, 80, 131])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_register_prints_as_rich_prints_it(register: Register, width: int, lang: str) -> None:
    assert len(register) > 20
    ours = printed(render_register, register, width, lang, terminal=False)
    reference = printed(rich_register, register, width, lang, terminal=False)
    counts = ours[len(reference) :]
    assert ours.startswith(reference), "the entries"
    assert counts.count("\n") >= 2, "then the counts per organisation and meeting"
    styled = printed(render_register, register, width, lang, terminal=True)
    assert "\x1b[1;35m" in styled and "\x1b[36m" in styled  # organisations, citations
    assert _ANSI.sub("", styled) == ours


def _awkward_lines(register: Register, n: int) -> list[str]:
    rnd = random.Random(19)
    words = [w for d in register for w in d.text.split()]
    extras = ["a" * 70, "Oekraïne", "ontheemden\xa0uit", "東京都", "\tinspringing", "e\u0301"]
    lines = []
    for _ in range(n):
        chosen = [rnd.choice(words if rnd.random() > 0.01 else extras) for _ in range(40)]
        gaps = [" " * rnd.choice((1, 1, 1, 1, 2, 3)) for _ in chosen]
        lines.append("".join(w + g for w, g in zip(chosen, gaps, strict=True)).rstrip(" "))
    return lines


def test_simple_wrap_breaks_where_rich_breaks(register: Register) -> None:
    console = Console(file=io.StringIO(), width=200)
    taken = 0
    for text in [d.text for d in register] + _awkward_lines(register, 400):
        for width in (20, 37, 76):
            ours = simple_wrap(text, width)
            if ours is None:  # left to rich
                continue
            taken += 1
            expected = [line.plain.rstrip() for line in Text(text).wrap(console, width)]
            assert ours == expected, (text, width)
    assert taken > 500
    assert simple_wrap("a" * 30, 20) is None and simple_wrap("東京都", 20) is None
