"""Rule ``corpus_spread_weight``: a topic word the minutes use everywhere says little about
which statement is meant.

:meth:`~lrt_search.answer.topics.TopicCheck.missing_share` weighs a topic's words by their
rarity in general Dutch or English (:func:`~lrt_search.answer.informativeness.informativeness`).
"statushouders" is rare in general Dutch and weighs 4.2, so beside it a missing noun
("uitkering", 3.0) stays under half the weight - yet the minutes name status holders in a third
of their chunks. Its spread in the index, ``TOP * log(N / df) / log(N)`` on the scale of
informativeness (``TOP`` = 7, a word wordfreq does not know; ``df`` of the ``N`` indexed chunks
hold any of its index terms, counted from the BM25 index's postings, so it follows whatever corpus
is indexed),
is 1.7. For the topic gate a found word whose spread is below its general weight weighs halfway
between the two (the spread alone, as a cap, refused answerable questions whose missing word is a
verb or an idiom beside a compound of widespread parts: "bijkomen" beside "opvangplekken", "de
deur uit" beside "taakstelling"). Missing words keep their general weight.
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
    held = bm25.doc_count(terms) if terms else 0
    if not held or bm25.n_docs < 2:
        return math.inf
    return TOP * math.log(bm25.n_docs / held) / math.log(bm25.n_docs)


def spread_missing_share(retriever: Retriever, check: TopicCheck) -> float:
    """:attr:`TopicCheck.missing_share` with each found word (or English term) of general
    informativeness ``g`` and :func:`chunk_spread` ``s`` weighing ``min(g, (g + s) / 2)``."""
    if not check.lacking:
        return 0.0

    def general(parts: tuple[str, ...]) -> float:
        return max(informativeness(w, check.english) for w in parts)

    missing = sum(general(parts) for _, parts, _ in check.lacking)
    found = 0.0
    for _, parts, terms in check.found:
        weight = general(parts)
        found += min(weight, (weight + chunk_spread(retriever, terms)) / 2)
    return missing / (missing + found)


def gate_missing_share(retriever: Retriever, check: TopicCheck, implied: bool) -> float:
    """The topic's missing share for the topic gate: :func:`spread_missing_share` for an
    ``implied`` topic under ``Settings.corpus_spread_weight``, else
    :attr:`TopicCheck.missing_share` (an "about X" phrase is gated at a lower share, 0.35: there
    the spread refused "Wanneer gaan de brieven over de taakstelling de deur uit?")."""
    if implied and retriever.settings.corpus_spread_weight:
        return spread_missing_share(retriever, check)
    return check.missing_share
