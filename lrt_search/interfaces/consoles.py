"""Consoles for the command line that import rich only when a line needs it.

A plain line on a console that is not a terminal (piped, captured) is written as it is:
rich would write it unchanged (no markup, no emoji code, no control character, no wrapping),
so the output is the same bytes and a ``decisions`` run never imports rich
(``tests/unit/test_consoles.py`` compares the two on awkward lines and environments).
"""

from __future__ import annotations

import builtins
import os
import sys
from typing import IO, TYPE_CHECKING, Any

from ..lazyre import lazy

if TYPE_CHECKING:
    from rich.console import Console


#: What rich changes in a printed string: control characters and tabs (stripped, expanded)
#: and emoji codes (``:smile:``); a line without them is printed unchanged.
_RICH_CHANGES = lazy(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]|:\S*?:")


def plain_width() -> int:
    """The width rich gives a console that is not a terminal: ``$COLUMNS``, else the first
    terminal among stdin, stdout and stderr, else 80 (``rich.console.Console.size``)."""
    columns = os.environ.get("COLUMNS")
    if columns is not None and columns.isdigit():
        return int(columns)
    for descriptor in (0, 1, 2):
        try:
            width = os.get_terminal_size(descriptor).columns
        except (AttributeError, ValueError, OSError):
            continue
        return width or 80
    return 80


def _is_plain(file: IO[str]) -> bool:
    """Whether rich would write to ``file`` without escape codes: not a terminal, and none of
    what rich lets override that (``TTY_COMPATIBLE``, ``FORCE_COLOR``, Jupyter, Windows)."""
    if sys.platform == "win32" or hasattr(builtins, "get_ipython"):
        return False
    if "TTY_COMPATIBLE" in os.environ or "FORCE_COLOR" in os.environ:
        return False
    isatty = getattr(file, "isatty", None)
    try:
        return isatty is None or not isatty()
    except ValueError:  # a closed file: rich takes it for no terminal
        return True


class LazyConsole:
    """A rich :class:`~rich.console.Console` made on first need. Plain strings on a console
    that is not a terminal are written directly; anything else (markup, styles, rich
    objects, a terminal) goes through rich, and so does every other attribute."""

    def __init__(self, *, stderr: bool = False, soft_wrap: bool = False) -> None:
        self._stderr = stderr
        self._soft_wrap = soft_wrap
        self._console: Console | None = None

    @property
    def console(self) -> Console:
        """The rich console (imports rich the first time)."""
        if self._console is None:
            from rich.console import Console

            self._console = Console(stderr=self._stderr, highlight=False, soft_wrap=self._soft_wrap)
        return self._console

    @property
    def file(self) -> IO[str]:
        """Where the console writes (the current ``sys.stdout`` / ``sys.stderr``)."""
        if self._console is not None:
            return self._console.file
        return sys.stderr if self._stderr else sys.stdout

    @property
    def plain(self) -> bool:
        """Whether rich would write no escape codes (and no rich console was made yet)."""
        return self._console is None and _is_plain(self.file)

    @property
    def width(self) -> int:
        """The width in cells, as rich reckons it."""
        return plain_width() if self.plain else self.console.width

    @property
    def color_system(self) -> str | None:
        """rich's colour system, ``None`` for a console that is not a terminal."""
        return None if self.plain else self.console.color_system

    def print(self, *objects: Any, markup: bool | None = None, end: str = "\n", **kw: Any) -> None:
        """:meth:`rich.console.Console.print`."""
        text = objects[0] if len(objects) == 1 else "" if not objects else None
        if (
            isinstance(text, str)
            and not kw
            and (markup is False or "[" not in text)
            and not _RICH_CHANGES.search(text)
            and self.plain
            and (self._soft_wrap or not text or self._fits(text))
        ):
            self.file.write(text + end)
            return
        self.console.print(*objects, markup=markup, end=end, **kw)

    def _fits(self, text: str) -> bool:
        """Whether rich would print ``text`` on one line as it is (it wraps lines to the
        width on a console without ``soft_wrap``)."""
        from .styled import simple_wrap

        return simple_wrap(text, self.width) == [text]

    def __getattr__(self, name: str) -> Any:
        return getattr(self.console, name)


def rich_console(console: Console | LazyConsole) -> Console:
    """The rich console itself (made now when ``console`` is a lazy one)."""
    return console.console if isinstance(console, LazyConsole) else console
