"""The bilingual glossary: English terms of the field mapped to the Dutch words of the minutes."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import Stemmer

from ..errors import ConfigError
from ..lazyre import lazy
from .datafiles import bundled_toml, parse_toml, user_text
from .stemphrases import StemPhrases


@dataclass(frozen=True)
class GlossaryEntry:
    """English terms and the Dutch terms they stand for."""

    en: tuple[str, ...]
    nl: tuple[str, ...]


class Glossary:
    """Finds English glossary terms in a question and returns their Dutch equivalents.

    Terms match by the English Snowball stems of their words, so an inflection of a term
    finds it as well ("withdrawing" the term "withdraw", "municipality's" "municipality")."""

    def __init__(self, entries: list[GlossaryEntry]) -> None:
        self.entries = entries
        # Each term by its stems, with its words and its entry.
        self._phrases: StemPhrases[tuple[tuple[str, ...], int]] = StemPhrases(
            (tuple(_stems(list(words))), (words, index))
            for index, entry in enumerate(entries)
            for words in (tuple(_WORD.findall(term.lower())) for term in entry.en)
        )

    @classmethod
    def default(cls, extra_file: Path | str | None = None, minutes: bool = True) -> Glossary:
        """The bundled glossary, extended with ``extra_file`` when given; ``minutes``: with the
        English forms of the minutes' own content terms (glossary_minutes.toml, rule
        ``glossary_minutes``; question-side only: the generated sets read the core alone)."""
        return _load(str(extra_file) if extra_file else None, minutes)

    def matches(self, text: str) -> list[tuple[str, GlossaryEntry]]:
        """The English terms found in ``text`` (longest first, no overlaps; as they stand in
        the text) with their entries."""
        tokens = list(_WORD.finditer(text))
        lowered = [t.group(0).lower() for t in tokens]
        out = []
        for i, n, fitting in self._phrases.scan(_stems(lowered)):
            # Of the longest terms that fit, the one written as the text is ("houses", not
            # "housing", though both stem to "hous").
            same = [index for words, index in fitting if tuple(lowered[i : i + n]) == words]
            index = same[0] if same else fitting[0][1]
            out.append((text[tokens[i].start() : tokens[i + n - 1].end()], self.entries[index]))
        return out

    def expand(self, text: str) -> list[str]:
        """The Dutch terms for every English glossary term in ``text`` (no duplicates)."""
        out: dict[str, None] = {}
        for _, entry in self.matches(text):
            for term in entry.nl:
                out.setdefault(term, None)
        return list(out)


_WORD = lazy(r"\w+")


@cache
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


def _stems(words: list[str]) -> list[str]:
    return _stemmer().stemWords(words) if words else []


def _entries(source: str, data: dict[str, Any]) -> list[GlossaryEntry]:
    out = []
    for number, raw in enumerate(data.get("term", []), start=1):
        en, nl = raw.get("en"), raw.get("nl")
        if not en or not nl or not all(isinstance(t, str) for t in [*en, *nl]):
            raise ConfigError(f"{source}: [[term]] number {number} needs lists 'en' and 'nl'")
        out.append(GlossaryEntry(tuple(en), tuple(nl)))
    return out


@cache
def _load(extra_file: str | None, minutes: bool = True) -> Glossary:
    entries = _entries("glossary.toml", bundled_toml("glossary.toml"))
    if minutes:
        entries += _entries("glossary_minutes.toml", bundled_toml("glossary_minutes.toml"))
    if extra_file:
        entries += _entries(extra_file, parse_toml(extra_file, user_text(extra_file, "glossary")))
    return Glossary(entries)
