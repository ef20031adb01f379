"""Which chunks the lexical guarantee protects (rule ``guarantee_share``; 0 keeps every match).

The lexical guarantee (:func:`lrt_search.search.fusion.lexical_first`) ranks the chunks that
match the query's terms above those that match none. For a keyword search that is what the
user wants (every chunk holding a rare word is shown); for a question in everyday words a match
on one common word ("komen", "plaats") says little, and it pushed the chunk that dense
similarity found, which shares no word with the question, below every such weak match. With
``guarantee_share`` > 0 a chunk is protected only when the query terms it holds carry at least
that share of the query's term weight (the sum of their idf); the others are fused like the
unmatched ones. A query of one term is unaffected (its only term is all of its weight).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from ..index.base import SparseIndex


def guaranteed_rows(
    index: SparseIndex, terms: Sequence[str], rows: Iterable[int], share: float
) -> set[int]:
    """The ``rows`` whose terms among ``terms`` carry at least ``share`` of the idf weight of
    ``terms`` (distinct terms the index holds); every row of ``rows`` when ``share`` is 0 or
    no term is indexed."""
    rows = list(rows)
    known = [t for t in dict.fromkeys(terms) if t in index.terms]
    if share <= 0 or not known or not rows:
        return set(rows)
    idf = index.idf
    weights = np.array([idf[t] for t in known], dtype=np.float64)
    picked = np.asarray(rows, dtype=np.int64)
    held = np.zeros(len(picked), dtype=np.float64)
    for term, weight in zip(known, weights, strict=True):
        held += weight * (index.scores([term])[picked] > 0)
    enough = held >= share * weights.sum() - 1e-9
    return {int(r) for r in picked[enough]}
