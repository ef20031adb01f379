"""Rule ``quote_depth``: the answer and its confidence are decided on the first
``answer_depth`` passages; the quotes may then come from ``quote_depth`` passages, among
statements that pass the same checks."""

from __future__ import annotations

from ..results import Citation
from .candidates import scored_candidates
from .frame import Frame


def quote_depth(frame: Frame, k: int | None, depth: int, listing: tuple) -> int:
    """Rule ``quote_depth``: how many passages the quotes may come from (``depth`` when the
    rule is off, or when the question's passages are chosen by a rule of their own: a given
    ``k``, a listing, a timeline, "how many X", attendance, "what was agreed")."""
    parsed = frame.parsed
    own = bool(k or listing or frame.timeline or frame.counted_from or frame.header_answers)
    if own or parsed is None or parsed.asks("agreed"):
        return depth
    return max(depth, frame.retriever.settings.quote_depth)


def with_deeper(frame: Frame, candidates: list[Citation]) -> list[Citation]:
    """Rule ``quote_depth``: the candidates of the passages found and of the deeper ones, once
    the answer and its confidence were decided on the first (more passages to choose from
    would raise the confidence of wrong answers)."""
    if not frame.deeper:
        return candidates
    shallow, refused = frame.hits, frame.refused
    frame.hits, frame.deeper = frame.deeper, []
    deeper, _ = scored_candidates(frame)  # the deeper passages' statements only
    frame.hits, frame.refused = shallow + frame.hits, refused
    return sorted(candidates + deeper, key=lambda c: -c.score)
