"""The bilingual glossary: English terms of the field mapped to the Dutch words of the minutes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from ..errors import ConfigError
from .datafiles import bundled_text, parse_toml, user_text


@dataclass(frozen=True)
class GlossaryEntry:
    """English terms and the Dutch terms they stand for."""

    en: tuple[str, ...]
    nl: tuple[str, ...]


class Glossary:
    """Finds English glossary terms in a question and returns their Dutch equivalents."""

    def __init__(self, entries: list[GlossaryEntry]) -> None:
        self.entries = entries
        pairs = sorted(
            ((term.lower(), index) for index, e in enumerate(entries) for term in e.en),
            key=lambda pair: -len(pair[0]),
        )
        self._terms = [term for term, _ in pairs]
        self._index = [index for _, index in pairs]
        # Word -> the terms (positions in `pairs`) that contain it. A term can only match a text
        # holding all its words, so a question is matched against the few terms whose words it
        # has, not against one regex of every term.
        self._words = [frozenset(_WORD.findall(term)) for term in self._terms]
        self._by_word: dict[str, list[int]] = {}
        for position, words in enumerate(self._words):
            for word in words:
                self._by_word.setdefault(word, []).append(position)

    @classmethod
    def default(cls, extra_file: Path | str | None = None) -> Glossary:
        """The bundled glossary, extended with ``extra_file`` when given."""
        return _load(str(extra_file) if extra_file else None)

    def matches(self, text: str) -> list[tuple[str, GlossaryEntry]]:
        """The English terms found in ``text`` (longest first, no overlaps) with their entries."""
        words = set(_WORD.findall(text.lower()))
        candidates = {p for word in words for p in self._by_word.get(word, ())}
        wanted = tuple(sorted(p for p in candidates if self._words[p] <= words))
        if not wanted:
            return []
        pattern = self._pattern(wanted)
        return [
            (m.group(0), self.entries[self._index[wanted[(m.lastindex or 1) - 1]]])
            for m in pattern.finditer(text)
        ]

    @lru_cache(maxsize=256)  # noqa: B019 - one glossary per file, kept for the process
    def _pattern(self, positions: tuple[int, ...]) -> re.Pattern[str]:
        """One regex of the terms at ``positions`` (longest first, as whole words)."""
        return re.compile(
            "|".join(f"((?<!\\w){_phrase(self._terms[p])}(?!\\w))" for p in positions), re.I
        )

    def expand(self, text: str) -> list[str]:
        """The Dutch terms for every English glossary term in ``text`` (no duplicates)."""
        out: dict[str, None] = {}
        for _, entry in self.matches(text):
            for term in entry.nl:
                out.setdefault(term, None)
        return list(out)


_WORD = re.compile(r"\w+")


def _phrase(term: str) -> str:
    # Words of a phrase may be separated by any white space or hyphens.
    return r"[\s-]+".join(re.escape(word) for word in term.split())


def _entries(source: str, text: str) -> list[GlossaryEntry]:
    data = parse_toml(source, text)
    out = []
    for number, raw in enumerate(data.get("term", []), start=1):
        en, nl = raw.get("en"), raw.get("nl")
        if not en or not nl or not all(isinstance(t, str) for t in [*en, *nl]):
            raise ConfigError(f"{source}: [[term]] number {number} needs lists 'en' and 'nl'")
        out.append(GlossaryEntry(tuple(en), tuple(nl)))
    return out


@cache
def _load(extra_file: str | None) -> Glossary:
    entries = _entries("glossary.toml", bundled_text("glossary.toml"))
    if extra_file:
        entries += _entries(extra_file, user_text(extra_file, "glossary"))
    return Glossary(entries)
