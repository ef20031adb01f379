"""Rule ``dense_guarantee`` (issue 21): a passage dense similarity ranks first by a clear margin
keeps a place in the top ``dense_guarantee_rank`` of the hybrid ranking.

The convex fusion and the lexical guarantee (search/guarantee.py) rank every chunk that
matches a query term above every chunk that matches none, and a weak lexical match (one common
word) above a passage that shares no word with a question in everyday words, even when dense
similarity ranks that passage first. With ``dense_guarantee`` N > 0, each of dense's first N
passages whose dense score exceeds that of dense's passage N + 1 by at least
``dense_guarantee_margin`` and that stands below place ``dense_guarantee_rank`` is moved up to
that place (the N kept ones in dense order, ending at that place); the rest keep their order.
Only agenda items with statements are moved (never a header: those come only as lexical
matches). ``mode=dense`` and ``mode=bm25`` are unaffected.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..config import Settings

Ranking = Sequence[tuple[int, float]]


def kept_by_dense(dense: Ranking, settings: Settings, paddable: np.ndarray) -> list[int]:
    """Dense's first ``dense_guarantee`` passages whose score clears the next one's by the
    margin (best first); none when the setting is 0 or dense ranks too few."""
    n = settings.dense_guarantee
    if n <= 0 or len(dense) <= n:
        return []
    floor = dense[n][1] + settings.dense_guarantee_margin
    return [doc for doc, score in dense[:n] if score >= floor - 1e-12 and paddable[doc]]


def with_dense_kept(
    fused: Ranking, dense: Ranking, settings: Settings, paddable: np.ndarray
) -> list[tuple[int, float]]:
    """``fused`` with the passages of :func:`kept_by_dense` moved up to the top
    ``dense_guarantee_rank`` (each takes the score of the passage it displaces, so scores stay
    in rank order)."""
    fused = list(fused)
    place = settings.dense_guarantee_rank
    order = [doc for doc, _ in fused]
    lifted = [d for d in kept_by_dense(dense, settings, paddable) if d not in order[:place]]
    if not lifted:
        return fused
    rest = [doc for doc in order if doc not in lifted]
    at = max(0, min(place, len(rest) + len(lifted)) - len(lifted))
    new_order = rest[:at] + lifted + rest[at:]
    scores = [score for _, score in fused]
    scores += [scores[-1] if scores else 0.0] * (len(new_order) - len(scores))
    return list(zip(new_order, scores, strict=True))
