"""The lexical guarantee and the BM25 terms it matches on.

The lexical guarantee (:func:`lrt_search.search.fusion.lexical_first`) ranks the chunks that
match the query's terms above those that match none: for a keyword search that is what the
user wants (every chunk holding a rare word is shown). (Rule ``guarantee_share``, protecting
only matches carrying a share of the query's idf, was tried and deleted: docs/settings.md.)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..index.analysis import query_words, words
from .fusion import lexical_first

if TYPE_CHECKING:
    from .retriever import Retriever


def bm25_terms(retriever: Retriever, query: str, extra: Sequence[str]) -> list[str]:
    """The BM25 terms of ``query`` and of its ``extra`` phrases; a search of several words
    leaves out Dutch light verbs (komen, krijgen, ...)."""
    analyzer, known = retriever.analyzer, retriever.bm25.terms
    light = retriever.settings.drop_light_verbs
    terms = analyzer.tokenize_query(query, known, drop_light_verbs=light)
    for phrase in extra:
        terms.extend(analyzer.tokenize_query(phrase, known))
    return terms


def lexical_guarantee(
    retriever: Retriever, fused: Sequence[tuple[int, float]], matched: set[int], query: str
) -> list[tuple[int, float]]:
    """Score + 1 for a lexical match, + 1 more when the chunk holds every content word of
    the query as written (so that stemming cannot hide an exact match); headers and empty
    items only as lexical matches."""
    paddable = retriever._paddable
    kept = lexical_first([(d, v) for d, v in fused if d in matched or paddable[d]], matched)
    wanted = set(query_words(query))
    if wanted:
        exact = {d for d in matched if wanted <= set(words(retriever.chunks[d].text))}
        kept = lexical_first(kept, exact)
    return kept
