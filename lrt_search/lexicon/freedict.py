"""Debian's FreeDict dictionaries (``dict-freedict-eng-nld``, ``dict-freedict-nld-eng``) read
as word -> translations maps: a real bilingual lexicon for words no glossary lists.

The dictd files (``/usr/share/dictd/freedict-*.index`` and ``.dict.dz``, a gzip-compatible
dictzip) are read once on first use. An entry is a headword line (``peace /piːs/``) followed by
its senses (``1. vreedzaam, vredig``); every comma- or semicolon-separated sense becomes a
translation. Without the package the maps are empty (nothing is expanded).
"""

from __future__ import annotations

import gzip
import re
from functools import cache
from pathlib import Path

from .textnorm import fold_accents

DICTD = Path("/usr/share/dictd")
_NUMBERED = re.compile(r"^\s*\d+\.\s*")
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _b64(text: str) -> int:
    value = 0
    for ch in text:
        value = value * 64 + _B64.index(ch)
    return value


def _key(word: str) -> str:
    return fold_accents(word).lower().strip()


@cache
def translations(name: str, folder: Path = DICTD) -> dict[str, tuple[str, ...]]:
    """``{headword: translations}`` of dictionary ``name`` (``eng-nld`` or ``nld-eng``),
    headwords and translations lower-cased and accent-folded; empty when not installed."""
    index = folder / f"freedict-{name}.index"
    data = folder / f"freedict-{name}.dict.dz"
    try:
        lines = index.read_text(encoding="utf-8").splitlines()
        raw = gzip.decompress(data.read_bytes())
    except (OSError, EOFError, gzip.BadGzipFile):
        return {}
    out: dict[str, list[str]] = {}
    for line in lines:
        parts = line.split("\t")
        if len(parts) != 3 or parts[0].startswith("00"):
            continue
        start, length = _b64(parts[1]), _b64(parts[2])
        body = raw[start : start + length].decode("utf-8", "replace").splitlines()[1:]
        senses = out.setdefault(_key(parts[0]), [])
        for sense in body:
            for item in re.split(r"[,;]", _NUMBERED.sub("", sense)):
                item = _key(item)
                if item and item not in senses:
                    senses.append(item)
    return {word: tuple(senses) for word, senses in out.items() if senses}


def english_to_dutch(word: str) -> tuple[str, ...]:
    """Dutch translations of an English word: the eng-nld entry, then the nld-eng headwords
    that list it (the reverse direction adds what one side lacks)."""
    word = _key(word)
    forward = translations("eng-nld").get(word, ())
    backward = _reverse_nld_eng().get(word, ())
    return tuple(dict.fromkeys(forward + backward))


def dutch_to_english(word: str) -> tuple[str, ...]:
    """English translations of a Dutch word (nld-eng, then the reverse of eng-nld)."""
    word = _key(word)
    forward = translations("nld-eng").get(word, ())
    backward = _reverse_eng_nld().get(word, ())
    return tuple(dict.fromkeys(forward + backward))


@cache
def _reverse_nld_eng() -> dict[str, tuple[str, ...]]:
    return _reverse(translations("nld-eng"))


@cache
def _reverse_eng_nld() -> dict[str, tuple[str, ...]]:
    return _reverse(translations("eng-nld"))


def _reverse(table: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for head, senses in table.items():
        for sense in senses:
            out.setdefault(sense, []).append(head)
    return {k: tuple(v) for k, v in out.items()}
