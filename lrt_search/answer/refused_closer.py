"""Rule ``quote_refused_closer``: an answer labelled low by rule ``closer_refused_low`` (a
statement closer to the question than its best quote was refused only for lacking the implied
topic's words) quotes that statement too, after the others: the question likely paraphrases
it, and the label already says the answer is uncertain."""

from __future__ import annotations

from ..lexicon.textnorm import normalize_for_match
from ..results import Citation
from .confidence_features import not_medium
from .frame import Frame


def refused_closer(frame: Frame, top: Citation) -> Citation | None:
    """The refused statement to quote beside the answer whose best statement is ``top`` (when
    both rules are on and ``closer_refused_low`` labels it low), else None."""
    settings = frame.retriever.settings
    if not settings.quote_refused_closer or not_medium(frame, top) != "closer_refused_low":
        return None
    return frame.refused


def with_refused_closer(
    chosen: list[Citation], refused: Citation | None, limit: int
) -> list[Citation]:
    """``chosen`` with ``refused`` after it (the last quote gives way when ``limit`` is
    reached), unless it is quoted already."""
    if refused is None or any(
        normalize_for_match(c.quote) == normalize_for_match(refused.quote) for c in chosen
    ):
        return chosen
    return [*chosen[: max(0, limit - 1)], refused]
