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

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..models import REGISTER_KINDS
from .consoles import rich_console
from .messages import TEXTS, item_text
from .styled import _SIMPLE, simple_wrap

if TYPE_CHECKING:
    from rich.console import Console

    from ..answer.decisions import Decision, Register
    from .consoles import LazyConsole


class _Lines:
    """Collects the output lines of one console, styled when it is a terminal."""

    def __init__(self, console: Console | LazyConsole) -> None:
        self.console = console
        self.width = console.width
        self.plain = console.color_system is None
        self.lines: list[str] = []
        self._codes: dict[str, tuple[str, str]] = {"": ("", "")}

    def _style(self, style: str, text: str) -> str:
        if self.plain:
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
        text = parts[0][0] if len(parts) == 1 else "".join(part for part, _ in parts)
        wrapped = simple_wrap(text, width)
        if wrapped is None or (len(wrapped) > 1 and len(parts) > 1):
            self._rich(parts, indent, hanging)
            return
        pad = " " * indent
        if len(parts) > 1:  # one line holding every part
            styled = "".join(self._style(s, p) for p, s in parts)
            self.lines.append(pad + (wrapped[0] if self.plain else styled.rstrip(" ")))
            return
        style = parts[0][1]
        self.lines.append(pad + self._style(style, wrapped[0]))
        if len(wrapped) > 1:
            pad += " " * hanging
            self.lines.extend(pad + self._style(style, line) for line in wrapped[1:])

    def _rich(self, parts: list[tuple[str, str]], indent: int, hanging: int) -> None:
        from rich.text import Text

        from .answer_view import wrapped_lines

        text = Text()
        for part, style in parts:
            text.append(part, style=style)
        console = rich_console(self.console)
        for line in wrapped_lines(console, text, indent, hanging):
            with console.capture() as capture:
                console.print(line, soft_wrap=True, end="")
            self.lines.append(capture.get())


class _Words:
    """The words of the table in one language, each worked out once per distinct value."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.texts = TEXTS[lang]
        self._items: dict[str, str] = {}
        self._spans: dict[str, str] = {}

    def item(self, item: str) -> str:
        """:func:`~.messages.item_text` of ``item``."""
        found = self._items.get(item)
        if found is None:
            found = self._items[item] = item_text(item, self.lang)
        return found

    def citation(self, d: Decision) -> str:
        """:func:`~.messages.citation_text` of the citation of ``d`` (its words are replaced
        only where they follow "· ", so the item and the lines translate one by one)."""
        span = d.span.describe()
        lines = self._spans.get(span)
        if lines is None:
            lines = self._spans[span] = item_text(span, self.lang)
        return f"LRT {d.meeting_date.isoformat()} · {self.item(d.item)} · {lines}"


def _plain_entries(out: _Lines, decisions: Iterable[Decision], words: _Words) -> None:
    """The entries on a console without styles: the head line, then the clause and the
    citation indented by 4, the same lines as :meth:`_Lines.add` gives them. A line that fits
    the width and is simple (:data:`~.styled._SIMPLE`) is kept as it is (what
    :func:`~.styled.simple_wrap` returns for it); only longer or other lines are wrapped."""
    t = words.texts
    kinds = {kind: f"{t[kind]:<9} " for kind in REGISTER_KINDS}
    width = max(20, out.width - 4)  # the hanging indent narrows the first line too
    simple, lines, dates = _SIMPLE.fullmatch, out.lines, dict[object, str]()
    for d in decisions:
        date = dates.get(d.meeting_date)
        if date is None:
            date = dates[d.meeting_date] = d.meeting_date.isoformat()
        orgs, item = ", ".join(d.orgs) or "–", words.item(d.item)
        head = f"{date}  {kinds[d.kind]}{orgs}  {item}"
        if len(head) <= width and simple(head):
            lines.append(head.rstrip(" "))
        else:
            parts = [(f"{date}  {kinds[d.kind]}", "bold"), (orgs, "bold magenta")]
            out.add([*parts, (f"  {item}", "dim")], hanging=4)
        for text in (d.text, f"{words.citation(d)} · {d.source}"):
            if len(text) <= width and simple(text):
                lines.append("    " + text.rstrip(" "))
                continue
            wrapped = simple_wrap(text, width)
            if wrapped is None:
                out.add([(text, "")], indent=4)
            else:
                lines.extend(["    " + line for line in wrapped])


def _print_dim(console: Console | LazyConsole, out: _Lines, text: str) -> None:
    """A line of counts, dim, wrapped like :func:`~.answer_view.print_wrapped` (without
    rich when the console has no styles and the line is simple)."""
    lines = simple_wrap(text, max(20, out.width)) if out.plain else None
    if lines is not None:
        console.file.write("".join(line + "\n" for line in lines))
        return
    from rich.text import Text

    from .answer_view import print_wrapped

    print_wrapped(rich_console(console), Text(text, style="dim"))


def render_register(register: Register, console: Console | LazyConsole, lang: str = "nl") -> None:
    """Print the decisions register in ``lang``: one entry per decision, then the counts
    (on a :class:`~.cli_base.LazyConsole` that is not a terminal, without importing rich)."""
    words = _Words(lang)
    t = words.texts
    if not len(register):
        console.print(t["no_decisions"])
        return
    out = _Lines(console)
    kinds = {kind: f"{t[kind]:<9} " for kind in REGISTER_KINDS}
    if out.plain:  # the same lines as out.add, with less work per entry
        _plain_entries(out, register, words)
    else:
        for d in register:
            head = [
                (f"{d.meeting_date.isoformat()}  {kinds[d.kind]}", "bold"),
                (", ".join(d.orgs) or "–", "bold magenta"),
                (f"  {words.item(d.item)}", "dim"),
            ]
            out.add(head, hanging=4)
            out.add([(d.text, "")], indent=4)
            out.add([(f"{words.citation(d)} · {d.source}", "cyan")], indent=4)
    console.file.write("\n".join(out.lines) + "\n")
    per_org = ", ".join(f"{k or '–'} {v}" for k, v in register.by_organisation.items())
    per_meeting = ", ".join(f"{k} {v}" for k, v in register.by_meeting.items())
    found = t["found"].format(n=len(register))
    _print_dim(console, out, f"{found} · {t['per_org'].lower()}: {per_org}")
    _print_dim(console, out, f"{t['per_meeting'].lower()}: {per_meeting}")
