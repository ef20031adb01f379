"""Rule ``bm25_normalisation = "query"``: BM25 scores as a share of what the query could score.

Divided by the best chunk's score ("max"), a question whose every match is weak (one common
word: "plaats", "komen") still gives its best weak match the full BM25 weight in the convex
fusion, above the chunk that dense similarity found. Divided by the query's ceiling instead
(the sum over its terms of the best score each term reaches in any chunk, plus the best
score of the low-weight dictionary additions), a chunk scores 1 only when it matches every
term as well as the best chunk does, and a weak match keeps a weak score.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..index.base import SparseIndex


def query_ceiling(index: SparseIndex, terms: Sequence[str], added: np.ndarray) -> float:
    """The sum of each term's best chunk score (``terms`` as searched: a repeated term counts
    each time) plus the best of the ``added`` scores (dictionary bridges, expansion)."""
    known = [t for t in terms if t in index.terms]
    best = {t: float(index.scores([t]).max(initial=0.0)) for t in set(known)}
    extra = float(added.max(initial=0.0)) if len(added) else 0.0
    return sum(best[t] for t in known) + max(extra, 0.0)


def query_share(index: SparseIndex, terms: Sequence[str], scores: np.ndarray) -> np.ndarray:
    """``scores`` (BM25 of ``terms`` plus dictionary additions) divided by the query's ceiling,
    clipped to [0, 1]."""
    added = scores - index.scores(terms)
    ceiling = query_ceiling(index, terms, added)
    if ceiling <= 0:
        return scores
    return np.clip(scores / ceiling, 0.0, 1.0)
