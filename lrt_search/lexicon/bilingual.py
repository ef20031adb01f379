"""English -> Dutch words from Debian's FreeDict dictionaries (``dict-freedict-eng-nld`` and,
reversed, ``dict-freedict-nld-eng``), read from ``/usr/share/dictd`` when installed.

Used to check an English topic word the glossary lacks against the Dutch minutes ("peace" ->
"vrede"). Without the packages the lexicon is empty and such words stay unchecked.
"""

from __future__ import annotations

import gzip
import re
from collections import defaultdict
from functools import cache
from pathlib import Path

DICT_DIR = Path("/usr/share/dictd")
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_NUMBERED = re.compile(r"^\d+\.\s*")


def _b64(text: str) -> int:
    value = 0
    for char in text:
        value = value * 64 + _B64.index(char)
    return value


def _entries(name: str, folder: Path) -> list[tuple[str, list[str]]]:
    """(headword, translations) of a dictd dictionary ``name``; [] when it is not there."""
    index, data = folder / f"{name}.index", folder / f"{name}.dict.dz"
    if not index.is_file() or not data.is_file():
        return []
    try:
        with gzip.open(data) as handle:
            raw = handle.read()
        lines = index.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError, EOFError):
        return []
    out = []
    for line in lines:
        parts = line.split("\t")
        if len(parts) != 3 or parts[0].startswith("00"):
            continue
        offset, length = _b64(parts[1]), _b64(parts[2])
        body = raw[offset : offset + length].decode("utf-8", "replace").splitlines()[1:]
        words = [
            w.strip().replace("\u0133", "ij")
            for text in body
            for w in _NUMBERED.sub("", text).split(",")
            if w.strip() and " " not in w.strip()
        ]
        out.append((parts[0].lower(), words))
    return out


@cache
def english_to_dutch(folder: Path = DICT_DIR) -> dict[str, tuple[str, ...]]:
    """English word -> Dutch words (lower case): eng-nld entries and reversed nld-eng ones."""
    table: dict[str, list[str]] = defaultdict(list)
    for english, dutch in _entries("freedict-eng-nld", folder):
        table[english] += [w.lower() for w in dutch]
    for headword, glosses in _entries("freedict-nld-eng", folder):
        if " " not in headword:
            for gloss in glosses:
                table[gloss.lower()].append(headword)
    return {w: tuple(dict.fromkeys(ts)) for w, ts in table.items() if ts}


def dutch_for(word: str) -> tuple[str, ...]:
    """The Dutch translations of English ``word`` (empty when the dictionaries lack it)."""
    return english_to_dutch().get(word.lower(), ())
