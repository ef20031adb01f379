"""The confidence of the best candidate, with the fallback of rule ``time_stated``
(answer/time_stated.py): the rule abstains only for its own reason, ``no_time``. When the
statements that state a time are too far from the question (the confidence of the best is
below ``Settings.abstain_below``), the statements refused only for stating none compete again,
and the question is answered as without the rule."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .calibration import probability
from .confidence_features import capped
from .confidence_features import features as confidence_features

if TYPE_CHECKING:
    from ..models import Citation
    from .frame import Frame


def scored_confidence(
    frame: Frame, candidates: list[Citation], matched: set[str]
) -> tuple[list[Citation], dict[str, float], float]:
    """The candidates (best first), the confidence features of the best and its confidence;
    with the statements of ``frame.untimed`` among them when the confidence is too low."""
    settings = frame.retriever.settings
    features = confidence_features(frame, candidates[0], candidates, matched)
    confidence = capped(frame, candidates[0], probability(settings.confidence_weights, features))
    if confidence < settings.abstain_below and frame.untimed:
        candidates = sorted(candidates + frame.untimed, key=lambda c: -c.score)
        frame.untimed = []
        return scored_confidence(frame, candidates, matched)
    return candidates, features, confidence
