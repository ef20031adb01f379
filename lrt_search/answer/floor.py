"""Whether a statement may join the best one in an answer: a timeline's meeting, a
comparison's side (rule ``comparison_both_sides``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..results import Citation
from .calibration import probability
from .confidence_features import features as confidence_features

if TYPE_CHECKING:
    from .frame import Frame


def floor_of(
    frame: Frame, candidates: list[Citation], best: Citation | None = None
) -> Callable[[Citation], bool]:
    """Whether a statement may join the best one: it holds half the question terms ``best``
    holds (idf-weighted; the first candidate unless given) and its own calibrated confidence
    passes ``abstain_below``."""
    settings = frame.retriever.settings
    top = best or candidates[0]
    matched_chunks = {h.chunk_id for h in frame.hits if h.bm25_rank is not None}

    def floor(c: Citation) -> bool:
        if c.lexical < 0.5 * top.lexical:
            return False
        f = confidence_features(frame, c, candidates, matched_chunks)
        return probability(settings.confidence_weights, f) >= settings.abstain_below

    return floor
