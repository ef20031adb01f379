"""The decisions register as people read it: one entry per decision, then the counts.

Wrapping tens of thousands of entries through rich took a minute at 100k chunks (46k
decisions: 80% of ``lrt-search decisions``), so the common case is wrapped here with string
searches: a line of characters that are each one cell wide, words separated by single-cell
spaces, wrapped exactly as rich wraps it (a word moves to the next line when its letters do
not fit; a word longer than the width is folded by rich). Any other line (tabs, wide or
zero-width characters, a word longer than the width) goes through rich, so the output is
rich's either way (``tests/unit/test_register_view.py`` compares them on the corpus).
Styles are rendered once per style as escape codes, and only for a terminal.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .messages import TEXTS, citation_text, item_text

if TYPE_CHECKING:
    from rich.console import Console

    from ..answer.decisions import Register

#: Lines the fast wrapper takes: printable characters one cell wide, ASCII spaces only.
_CHAR = "[!-~\xa1-\u02ff\u2010-\u2027\u2030-\u205e\u20ac]"
_SIMPLE = re.compile(f"{_CHAR}+(?: +{_CHAR}+)* *")


def simple_wrap(text: str, width: int) -> list[str] | None:
    """``text`` wrapped at ``width`` as rich wraps it (each line without trailing spaces), or
    ``None`` when rich must do it (see the module docstring)."""
    if not _SIMPLE.fullmatch(text):
        return None
    lines: list[str] = []
    start, end = 0, len(text.rstrip(" "))
    while end - start > width:
        cut = text.rfind(" ", start, start + width + 1)
        if cut <= start:  # a word longer than the line: rich folds it
            return None
        lines.append(text[start:cut].rstrip(" "))
        start = cut + 1
        while text[start] == " ":
            start += 1
    lines.append(text[start:end])
    return lines


class _Lines:
    """Collects the output lines of one console, styled when it is a terminal."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.width = console.width
        self.lines: list[str] = []
        self._codes: dict[str, tuple[str, str]] = {}

    def _style(self, style: str, text: str) -> str:
        if not style or self.console.color_system is None:
            return text
        if style not in self._codes:
            with self.console.capture() as capture:
                self.console.print("\0", style=style, end="")
            pre, _, post = capture.get().partition("\0")
            self._codes[style] = (pre, post)
        pre, post = self._codes[style]
        return f"{pre}{text}{post}"

    def add(self, parts: list[tuple[str, str]], indent: int = 0, hanging: int = 0) -> None:
        """``parts`` (text, style) as one paragraph, wrapped like
        :func:`~.answer_view.wrapped_lines`."""
        width = max(20, self.width - indent - hanging)
        text = "".join(part for part, _ in parts)
        wrapped = simple_wrap(text, width)
        if wrapped is None or (len(wrapped) > 1 and len(parts) > 1):
            self._rich(parts, indent, hanging)
            return
        for number, line in enumerate(wrapped):
            pad = " " * (indent + (hanging if number else 0))
            if len(parts) == 1:
                self.lines.append(pad + self._style(parts[0][1], line))
            else:  # one line holding every part
                self.lines.append(pad + "".join(self._style(s, p) for p, s in parts).rstrip(" "))

    def _rich(self, parts: list[tuple[str, str]], indent: int, hanging: int) -> None:
        from rich.text import Text

        from .answer_view import wrapped_lines

        text = Text()
        for part, style in parts:
            text.append(part, style=style)
        for line in wrapped_lines(self.console, text, indent, hanging):
            with self.console.capture() as capture:
                self.console.print(line, soft_wrap=True, end="")
            self.lines.append(capture.get())


def render_register(register: Register, console: Console, lang: str = "nl") -> None:
    """Print the decisions register in ``lang``: one entry per decision, then the counts."""
    from rich.text import Text

    from .answer_view import print_wrapped

    t = TEXTS[lang]
    if not len(register):
        console.print(t["no_decisions"])
        return
    out = _Lines(console)
    for d in register:
        head = [
            (f"{d.meeting_date.isoformat()}  {t[d.kind]:<9} ", "bold"),
            (", ".join(d.orgs) or "–", "bold magenta"),
            (f"  {item_text(d.item, lang)}", "dim"),
        ]
        out.add(head, hanging=4)
        out.add([(d.text, "")], indent=4)
        out.add([(f"{citation_text(d.citation, lang)} · {d.source}", "cyan")], indent=4)
    console.file.write("\n".join(out.lines) + "\n")
    per_org = ", ".join(f"{k or '–'} {v}" for k, v in register.by_organisation.items())
    per_meeting = ", ".join(f"{k} {v}" for k, v in register.by_meeting.items())
    found = t["found"].format(n=len(register))
    print_wrapped(console, Text(f"{found} · {t['per_org'].lower()}: {per_org}", style="dim"))
    print_wrapped(console, Text(f"{t['per_meeting'].lower()}: {per_meeting}", style="dim"))
