"""Rule ``corpus_spread_weight``: a topic word the minutes use everywhere says little about
which statement is meant.

:meth:`~lrt_search.answer.topics.TopicCheck.missing_share` weighs a topic's words by their
rarity in general Dutch or English (:func:`~lrt_search.answer.informativeness.informativeness`).
"statushouders" is rare in general Dutch and weighs 4.2, so beside it a missing noun
("uitkering", 3.0) stays under half the weight - yet the minutes name status holders in a third
of their chunks. For the topic gate a found word weighs at most its spread in the index: the
self-information ``log2(N / df)`` of the share of the ``N`` indexed chunks that hold any of its
index terms (``df``, from the BM25 index, so it follows whatever corpus is indexed). Missing words
keep their general weight (the minutes hold them nowhere).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from .informativeness import TOP, informativeness

if TYPE_CHECKING:
    from ..search.retriever import Retriever
    from .topics import TopicCheck


def chunk_spread(retriever: Retriever, terms: frozenset[str]) -> float:
    """``TOP * log(N / df) / log(N)``: how few of the ``N`` indexed chunks hold any of
    ``terms`` (``df`` of them), on the scale of informativeness (``inf`` when none does)."""
    bm25 = retriever.bm25
    held = int((bm25.scores(sorted(terms)) > 0).sum()) if terms else 0
    if not held or bm25.n_docs < 2:
        return math.inf
    return TOP * math.log(bm25.n_docs / held) / math.log(bm25.n_docs)


def spread_missing_share(retriever: Retriever, check: TopicCheck) -> float:
    """:attr:`TopicCheck.missing_share` with each found word (or English term) weighing the
    smaller of its general informativeness and its :func:`chunk_spread`."""
    if not check.lacking:
        return 0.0

    def general(parts: tuple[str, ...]) -> float:
        return max(informativeness(w, check.english) for w in parts)

    missing = sum(general(parts) for _, parts, _ in check.lacking)
    found = sum(
        min(general(parts), chunk_spread(retriever, terms)) for _, parts, terms in check.found
    )
    return missing / (missing + found)
