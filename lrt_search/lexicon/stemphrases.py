"""Phrases found in a text by the stems of their words: the matcher of the glossary (English
stems) and of the Dutch synonyms (Dutch stems)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")


class StemPhrases(Generic[T]):
    """Phrases, each a tuple of word stems with a payload, found left to right in a sequence
    of stems: at each word the longest phrases that stand there, without overlaps."""

    def __init__(self, phrases: Iterable[tuple[tuple[str, ...], T]]) -> None:
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
            fitting = self.fitting(stems, i)
            if not fitting:
                i += 1
                continue
            n = fitting[0][0]
            out.append((i, n, [payload for length, payload in fitting if length == n]))
            i += n
        return out

    def fitting(self, stems: Sequence[str], i: int) -> list[tuple[int, T]]:
        """(length, payload) of the phrases that stand at ``i``, longest first."""
        if i >= len(stems):
            return []
        return [
            (len(term), payload)
            for term, payload in self._by_first.get(stems[i], ())
            if tuple(stems[i : i + len(term)]) == term
        ]
