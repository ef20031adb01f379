"""What a question asks for (timeline, attendance, chair, a quantity, ...): the patterns of
``lexicon/data/intents.toml``, each defined there once."""

from __future__ import annotations

import re
from functools import cache

from ..lazyre import lazy
from .datafiles import bundled_toml


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    data = bundled_toml("intents.toml")
    # A backslash at the end of a line continues the pattern on the next (TOML literal strings
    # keep both).
    return {name: lazy(p.replace("\\\n", ""), re.I) for name, p in data.items()}


def intent_names() -> tuple[str, ...]:
    """The intents defined."""
    return tuple(_patterns())


def pattern(name: str) -> re.Pattern[str]:
    """The compiled pattern of intent ``name``."""
    return _patterns()[name]


def asks(name: str, question: str) -> bool:
    """Whether ``question`` holds the words of intent ``name``."""
    return bool(_patterns()[name].search(question))


#: The intents whose words frame a question rather than name its topic.
FRAMING = ("timeline", "attendance", "chair", "quantity", "money", "percent")


def framing_spans(question: str) -> list[tuple[int, int]]:
    """The character spans of ``question`` that the framing intents match ("who chaired",
    "how many", "zat ... voor"): understood, and not words of its topic."""
    return [(m.start(), m.end()) for name in FRAMING for m in _patterns()[name].finditer(question)]
