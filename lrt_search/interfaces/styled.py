"""Styled text and wrapping for the terminal without importing rich.

:class:`Styled` is the part of :class:`rich.text.Text` the renderers use (a base style,
styled stretches), turned into rich's own ``Text`` only when a console shows styles or a line
needs rich (:func:`as_rich`). :func:`simple_wrap` wraps the common line exactly as rich wraps
it: characters that are each one cell wide, words separated by single-cell spaces (a word
moves to the next line when its letters do not fit). Any other line (tabs, wide or zero-width
characters, a word longer than the width, which rich folds) is left to rich, so the output is
rich's either way (``tests/unit/test_register_view.py`` and ``tests/unit/test_styled.py``
compare them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..lazyre import lazy

if TYPE_CHECKING:
    from rich.text import Text


#: Lines the fast wrapper takes: printable characters one cell wide, ASCII spaces only
#: (leading spaces belong to the first word for rich too: `` 1. LRT ...``).
_CHAR = "[!-~\xa1-\u02ff\u2010-\u2027\u2030-\u205e\u20ac]"
_SIMPLE = lazy(f" *{_CHAR}+(?: +{_CHAR}+)* *")


def simple_wrap(text: str, width: int) -> list[str] | None:
    """``text`` wrapped at ``width`` as rich wraps it (each line without trailing spaces), or
    ``None`` when rich must do it (see the module docstring)."""
    if not _SIMPLE.fullmatch(text):
        return None
    lines: list[str] = []
    start, end = 0, len(text.rstrip(" "))
    first_word = len(text) - len(text.lstrip(" "))  # leading spaces are part of it
    while end - start > width:
        cut = text.rfind(" ", start, start + width + 1)
        if cut <= start or cut < first_word:  # a word longer than the line: rich folds it
            return None
        lines.append(text[start:cut].rstrip(" "))
        start = cut + 1
        while text[start] == " ":
            start += 1
    lines.append(text[start:end])
    return lines


#: The control characters rich's ``Text`` drops (bell, backspace, vertical tab, form feed,
#: carriage return: ``rich.control.strip_control_codes``), so offsets stay rich's.
_STRIP = dict.fromkeys([7, 8, 11, 12, 13])


class Styled:
    """``text`` in ``style``, with :meth:`append` / :meth:`append_text` / :meth:`stylize`
    recording styled stretches exactly as ``rich.text.Text`` does."""

    __slots__ = ("_parts", "_spans", "style")

    def __init__(self, text: str = "", style: str = "") -> None:
        self._parts = [text.translate(_STRIP)]
        self.style = style
        self._spans: list[tuple[int, int, str]] = []

    @property
    def plain(self) -> str:
        """The characters, without styles."""
        if len(self._parts) > 1:
            self._parts = ["".join(self._parts)]
        return self._parts[0]

    def __len__(self) -> int:
        return len(self.plain)

    def __str__(self) -> str:
        return self.plain

    def append(self, text: str, style: str | None = None) -> Styled:
        """Add ``text`` at the end, in ``style`` (``Text.append`` of a string)."""
        if text:  # rich tests the length before dropping control characters
            text = text.translate(_STRIP)
            start = len(self)
            self._parts.append(text)
            if style:
                self._spans.append((start, start + len(text), style))
        return self

    def append_text(self, other: Styled) -> Styled:
        """Add ``other`` with its styles (``Text.append_text``)."""
        start = len(self)
        if other.style:
            self._spans.append((start, start + len(other), other.style))
        self._parts.append(other.plain)
        self._spans.extend((a + start, b + start, s) for a, b, s in other._spans)
        return self

    def stylize(self, style: str, start: int = 0, end: int | None = None) -> None:
        """Style the characters ``start:end`` (``Text.stylize`` with offsets in range)."""
        length = len(self)
        end = length if end is None else min(end, length)
        if style and start < end:
            self._spans.append((start, end, style))

    def as_rich(self) -> Text:
        """The same text as rich's ``Text``."""
        from rich.text import Span, Text

        text = Text(self.plain, style=self.style)
        text.spans = [Span(a, b, s) for a, b, s in self._spans]
        return text


def as_rich(text: Any) -> Text:
    """``text`` as rich's ``Text`` (a :class:`Styled` converted, a ``Text`` as it is)."""
    return text.as_rich() if isinstance(text, Styled) else text
