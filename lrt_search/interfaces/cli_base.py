"""What every ``lrt-search`` command shares, without typer and without rich: the output
language, the three consoles (rich is imported only when a line needs it) and the helpers
the commands call.

A plain line on a console that is not a terminal (piped, captured) is written as it is:
rich would write it unchanged (no markup, no emoji code, no control character, no wrapping),
so the output is the same bytes and a ``decisions`` run never imports rich
(``tests/unit/test_cli_base.py`` compares the two on awkward lines and environments).
"""

from __future__ import annotations

import builtins
import json
import os
import re
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ..config import Settings
from ..errors import QueryError, ReadError

if TYPE_CHECKING:
    from rich.console import Console

#: The progress labels of a first-use index build in Dutch.
DUTCH_PROGRESS = {
    "embedding passages": "passages omzetten",
    "OCR of scanned pages": "OCR van gescande pagina's",
}


class OutputLanguage:
    """The language of the running command's output, so that its errors, warnings and
    progress lines speak it too: ``search`` and ``ask`` set it from the query, ``decisions``
    from ``--lang``; the other commands write English."""

    _lang = "en"

    @property
    def lang(self) -> str:
        """``nl`` or ``en``."""
        return self._lang

    @lang.setter
    def lang(self, value: str) -> None:
        from .. import progress

        self._lang = value
        progress.LABELS.clear()
        if value == "nl":
            progress.LABELS.update(DUTCH_PROGRESS)


#: What rich changes in a printed string: control characters and tabs (stripped, expanded)
#: and emoji codes (``:smile:``); a line without them is printed unchanged.
_RICH_CHANGES = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]|:\S*?:")


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


output = OutputLanguage()
out = LazyConsole(soft_wrap=True)
err = LazyConsole(stderr=True, soft_wrap=True)
#: Prose output: wrapped at word boundaries to the terminal width (80 columns when piped).
wrapped = LazyConsole()


def settings_from(
    config: Path | None, corpus: Path | None = None, index: Path | None = None, **changes: Any
) -> Settings:
    """The settings of a command: ``--config``, then ``--corpus``/``--index`` and
    ``changes``; an error when the corpus folder does not exist."""
    settings = Settings.resolve(config, corpus_dir=corpus, index_dir=index, **changes)
    if not Path(settings.corpus_dir).is_dir():
        # Never fall back silently on an index of another corpus.
        raise ReadError(settings.corpus_dir, "corpus folder does not exist (--corpus)")
    return settings


def print_json(data: Any) -> None:
    """``data`` as indented JSON on stdout."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def warn_read_error(exc: ReadError) -> None:
    """A file that could not be read: one warning line in the output language."""
    from .error_texts import error_text
    from .messages import TEXTS

    t = TEXTS[output.lang]
    err.print(f"{t['warning']}: {t['skipped']} {error_text(exc, output.lang)}", markup=False)


def date_option(value: str | None, name: str) -> str | None:
    """A date option as an ISO date; ``--since`` / ``--until`` take the question's period
    grammar ("april 2023", "2023", "najaar 2023": the period's first / last day)."""
    if value is None:
        return None
    if name in ("since", "until"):
        from ..search.periods import parse_bound

        return parse_bound(value, name).isoformat()
    from ..lexicon.dates import parse_date_arg

    try:
        parse_date_arg(value)
    except ValueError as exc:
        raise QueryError(f"--{name}: {exc}") from None
    return value


def check_sep(sep: str) -> str:
    """A CSV separator of one character (``--csv-sep``)."""
    if len(sep) != 1 or sep in '"\r\n':
        raise QueryError(f"--csv-sep: one character such as ',' or ';', not {sep!r}")
    return sep
