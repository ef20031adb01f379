"""Phrases found in a text by the stems of their words: the matcher of the glossary (English
stems) and of the Dutch synonyms (Dutch stems)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")


class StemPhrases(Generic[T]):
    """Phrases, each a tuple of word stems with a payload, found left to right in a sequence
    of stems: at each word the longest phrases that stand there, without overlaps. A match
    gives way to a phrase that starts inside it, ends after it and has more words other than
    ``articles`` ("the state secretary": "state secretary", not "the state"), when
    ``articles`` are given (the glossary; the Dutch synonyms keep leftmost-longest)."""

    def __init__(
        self, phrases: Iterable[tuple[tuple[str, ...], T]], articles: frozenset[str] | None = None
    ) -> None:
        self._articles = articles
        # First stem -> (stems, payload), longest first (in the given order among equals).
        self._by_first: dict[str, list[tuple[tuple[str, ...], T]]] = {}
        for stems, payload in phrases:
            if stems:
                self._by_first.setdefault(stems[0], []).append((stems, payload))
        for options in self._by_first.values():
            options.sort(key=lambda option: -len(option[0]))

    def scan(self, stems: Sequence[str]) -> list[tuple[int, int, list[T]]]:
        """``(start, length, payloads)`` for every match: the payloads of all the longest
        phrases that stand at ``start``, in the order they were given."""
        out = []
        i = 0
        while i < len(stems):
            fitting = self._fitting(stems, i)
            if not fitting:
                i += 1
                continue
            n = fitting[0][0]
            if self._articles is not None and self._overtaken(stems, i, n):
                i += 1
                continue
            out.append((i, n, [payload for length, payload in fitting if length == n]))
            i += n
        return out

    def _overtaken(self, stems: Sequence[str], i: int, n: int) -> bool:
        """Whether a phrase that starts inside ``stems[i : i + n]``, ends after it and has more
        words other than articles stands there."""
        own = self._weight(stems[i : i + n])
        for j in range(i + 1, i + n):
            longest = self._fitting(stems, j)
            m = longest[0][0] if longest else 0
            if j + m > i + n and self._weight(stems[j : j + m]) > own:
                return True
        return False

    def _weight(self, stems: Sequence[str]) -> int:
        return sum(stem not in (self._articles or ()) for stem in stems)

    def _fitting(self, stems: Sequence[str], i: int) -> list[tuple[int, T]]:
        """(length, payload) of the phrases that stand at ``i``, longest first."""
        if i >= len(stems):
            return []
        return [
            (len(term), payload)
            for term, payload in self._by_first.get(stems[i], ())
            if tuple(stems[i : i + len(term)]) == term
        ]
