"""The rare-word check: does a one-word search find every chunk that contains the word?

A search tool must not be worse than grep on the word the user typed. For every corpus word
that occurs in ``min_chunks`` to ``max_chunks`` chunks (default 2-5), search it alone and check
that the top ``depth`` (10) results hold *all* chunks containing it. Words are the analyzer's
surface tokens (lower case, accents folded, numbers normalised; no stemming); Dutch stopwords
and one-letter tokens are not searched (the analyzer drops them from queries), nor are numbers
of fewer than 3 digits.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..index.analysis import dutch_stopwords, words

if TYPE_CHECKING:
    from ..service import Engine


@dataclass
class RareWordReport:
    """Result of :func:`rare_word_check`."""

    words: int = 0
    complete: int = 0
    misses: list[tuple[str, int, int]] = field(default_factory=list)  # (word, found, containing)

    @property
    def share(self) -> float:
        """Share of one-word searches whose top results hold every containing chunk."""
        return self.complete / self.words if self.words else float("nan")


def rare_words(engine: Engine, min_chunks: int = 2, max_chunks: int = 5) -> dict[str, set[str]]:
    """``{word: ids of the chunks containing it}`` for the words in ``min..max`` chunks."""
    where: dict[str, set[str]] = defaultdict(set)
    for chunk in engine.chunks:
        for word in set(words(chunk.text)):
            where[word].add(chunk.chunk_id)
    stop = dutch_stopwords()
    return {
        w: ids
        for w, ids in sorted(where.items())
        if min_chunks <= len(ids) <= max_chunks
        and w not in stop
        and len(w) > 1
        and not (w.isdigit() and len(w) < 3)
    }


def rare_word_check(
    engine: Engine,
    min_chunks: int = 2,
    max_chunks: int = 5,
    depth: int = 10,
    mode: str | None = None,
) -> RareWordReport:
    """Search every rare word alone (``mode`` default: the engine's) and count the searches
    whose top ``depth`` hold every chunk that contains the word."""
    report = RareWordReport()
    for word, ids in rare_words(engine, min_chunks, max_chunks).items():
        found = {h.chunk_id for h in engine.search(word, k=depth, mode=mode)}
        report.words += 1
        if ids <= found:
            report.complete += 1
        else:
            report.misses.append((word, len(ids & found), len(ids)))
    return report
