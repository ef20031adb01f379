"""The word lists of ``lexicon/data/``, each kind in one TOML file and read only here.

A file holds lists of one kind (``speech.toml``: words of speech and opinion; ``topics.toml``:
what opens and closes the topic of a question; ``questions.toml``: the words that frame a
question; ``periods.toml``: seasons; ``minutes.toml``: the furniture of a minutes file). A
list is an array of words or phrases, or a table of words (:func:`mapping`); a trailing ``*``
stands for any word ending ("argu*": argue, argued, arguments). A string is a regular
expression (:func:`regex_text`), for what a list of words cannot say. Modules ask for a list
by file and name: as a set (:func:`word_set`) or as a regular expression alternation
(:func:`alternation`, :func:`word_regex`); none spells out its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from ..errors import ConfigError
from ..lazyre import lazy
from .datafiles import bundled_toml


@cache
def _table(kind: str) -> dict[str, Any]:
    return bundled_toml(f"{kind}.toml")


def mapping(kind: str, name: str) -> dict[str, Any]:
    """Table ``name`` of ``lexicon/data/<kind>.toml``: word -> what the file says of it."""
    value = _table(kind).get(name)
    if not isinstance(value, dict):
        raise ConfigError(f"{kind}.toml: no table named {name!r}")
    return dict(value)


def words(kind: str, name: str) -> tuple[str, ...]:
    """List ``name`` of ``lexicon/data/<kind>.toml``, as written there (the words of a
    table: its keys)."""
    value = _table(kind).get(name)
    if isinstance(value, dict):
        value = list(value)
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise ConfigError(f"{kind}.toml: no list of words named {name!r}")
    return tuple(value)


def regex_text(kind: str, name: str) -> str:
    """The regular expression ``name`` of ``<kind>.toml`` (a string there), as a group."""
    value = _table(kind).get(name)
    if not isinstance(value, str):
        raise ConfigError(f"{kind}.toml: no regular expression named {name!r}")
    return f"(?:{value})"


@cache
def word_set(kind: str, name: str) -> frozenset[str]:
    """List ``name`` of ``<kind>.toml`` as a set of lower-case words (for lists without ``*``);
    built once per list (the files are read once, :func:`_table`)."""
    return frozenset(w.lower() for w in words(kind, name))


def _pattern(word: str) -> str:
    stem, wild = (word[:-1], True) if word.endswith("*") else (word, False)
    escaped = re.escape(stem).replace(r"\ ", r"\s+")
    return escaped + (r"\w*" if wild else "")


@cache
def alternation(kind: str, name: str) -> str:
    """List ``name`` of ``<kind>.toml`` as a regular expression group ``(?:a|b|...)`` (in the
    file's order; ``*`` is any word ending, a space any whitespace)."""
    return "(?:" + "|".join(_pattern(w) for w in words(kind, name)) + ")"


def longest_alternation(items: Iterable[str], space: str = r"[\s-]+") -> str:
    """Words as a regular expression group ``(?:a|b|...)``, longest first, each taken
    literally but for a space, which matches ``space`` (any whitespace or a hyphen)."""
    ordered = sorted(items, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", space) for w in ordered) + ")"


@cache
def word_regex(kind: str, name: str) -> re.Pattern[str]:
    """List ``name`` of ``<kind>.toml`` as whole words, case-insensitive (``search`` finds one
    in a text, ``fullmatch`` tells whether a word is one); compiled on first use."""
    return lazy(rf"\b{alternation(kind, name)}(?!\w)", re.I)
