"""Regular expressions compiled on first use, and never for a text that cannot match.

A module-level pattern compiled at import costs every command that imports the module, even
one that never uses it (the question phrases on ``search``, the amount grammar on ``ask``);
the date grammars cost every question, though most questions hold no digit (issue 19).
:func:`lazy` is called where ``re.compile`` was: the same methods, the pattern compiled at the
first call. A pattern every match of which holds a decimal digit (``\\d``; checked against
the pattern's parse by ``tests/unit/test_lazyre.py``) says ``needs_digit=True``: on a text
without a digit its ``search``/``match``/``fullmatch`` return ``None``, ``finditer`` and
``findall`` nothing, ``sub``/``subn``/``split`` the text unchanged, as the compiled pattern
would, without compiling it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, cast

_DIGIT = re.compile(r"\d")


class _Lazy:
    """A pattern and its flags; compiled, and its methods bound here, on first use."""

    _bind: tuple[str, ...] = ("search", "match", "fullmatch", "finditer", "findall", "sub")
    _bind += ("subn", "split")

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags
        self._real: re.Pattern[str] | None = None

    def _compiled(self) -> re.Pattern[str]:
        if self._real is None:
            self._real = re.compile(self.pattern, self._flags)
            for method in self._bind:  # later calls go straight to the compiled pattern
                setattr(self, method, getattr(self._real, method))
        return self._real

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # copy, pickle and the like probe for these
            raise AttributeError(name)
        return getattr(self._compiled(), name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}, {self._flags})"


class _NeedsDigit(_Lazy):
    """A lazy pattern every match of which holds a decimal digit."""

    _bind = ()

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        return self._compiled().search(text, *args) if _DIGIT.search(text) else None

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        return self._compiled().match(text, *args) if _DIGIT.search(text) else None

    def fullmatch(self, text: str, *args: int) -> re.Match[str] | None:
        return self._compiled().fullmatch(text, *args) if _DIGIT.search(text) else None

    def finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        return self._compiled().finditer(text, *args) if _DIGIT.search(text) else iter(())

    def findall(self, text: str, *args: int) -> list[Any]:
        return self._compiled().findall(text, *args) if _DIGIT.search(text) else []

    def sub(self, repl: Any, text: str, *args: int) -> str:
        return self._compiled().sub(repl, text, *args) if _DIGIT.search(text) else text

    def subn(self, repl: Any, text: str, *args: int) -> tuple[str, int]:
        return self._compiled().subn(repl, text, *args) if _DIGIT.search(text) else (text, 0)

    def split(self, text: str, *args: int) -> list[str | Any]:
        return self._compiled().split(text, *args) if _DIGIT.search(text) else [text]


def lazy(pattern: str, flags: int = 0, *, needs_digit: bool = False) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled on first use; with ``needs_digit`` (every
    match holds a digit) never compiled for a text without one."""
    made = _NeedsDigit(pattern, flags) if needs_digit else _Lazy(pattern, flags)
    return cast("re.Pattern[str]", made)
