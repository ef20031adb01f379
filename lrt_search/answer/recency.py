"""Rule ``latest_meeting_only``: a question that asks for the most recent word on a topic
("What was said about Ukrainian refugees last time?", "Wat zei de VNG onlangs over de
taakstelling?"; intent ``latest`` of lexicon/data/intents.toml) is answered from the most
recent meeting that discusses it, not from the meeting whose statement scores best."""

from __future__ import annotations

from collections.abc import Callable

from ..results import Citation
from .frame import Frame


def latest_meeting_only(
    candidates: list[Citation], passes: Callable[[Citation], bool]
) -> tuple[list[Citation], list[str]]:
    """The candidates of the most recent meeting among those that discuss the topic (the best
    candidate, and every one that ``passes``, the floor a timeline applies to a meeting's best
    statement), best first; and the notes naming that meeting and the earlier ones (none
    when no earlier meeting discusses it)."""
    eligible = [c for c in candidates if c is candidates[0] or passes(c)]
    latest = max(c.meeting_date for c in eligible)
    kept = [c for c in eligible if c.meeting_date == latest]
    earlier = sorted({c.meeting_date for c in eligible if c.meeting_date != latest})
    if not earlier:
        return kept, []
    dates = ", ".join(d.isoformat() for d in earlier)
    return kept, [f"latest: {latest.isoformat()}", f"earlier: {dates}"]


def asks_latest(frame: Frame) -> bool:
    """Rule ``latest_meeting_only`` applies: the question asks for the most
    recent word on its topic, and names no period and no timeline."""
    parsed = frame.parsed
    return (
        frame.retriever.settings.latest_meeting_only
        and parsed is not None
        and parsed.asks("latest")
        and not frame.timeline
        and frame.since is None
        and frame.until is None
    )
