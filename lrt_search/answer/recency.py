"""Rule ``latest_meeting_only``: a question that asks for the most recent word on a topic
("What was said about Ukrainian refugees last time?", "Wat zei de VNG onlangs over de
taakstelling?"; intent ``latest`` of lexicon/data/intents.toml) is answered from the most
recent meeting that discusses it, not from the meeting whose statement scores best."""

from __future__ import annotations

from collections.abc import Callable

from ..models import Citation


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
