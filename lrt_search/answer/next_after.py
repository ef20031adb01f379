"""Rule ``next_after_announced`` (the setting of that name): "the next LRT after March 2025"
is a question about the meeting the minutes of March 2025 announce, when no minutes follow that
period; not a period "after March 2025" that holds no meeting."""

from __future__ import annotations

from ..search.periods import next_after
from .frame import Frame
from .meeting_period import period_has_meeting
from .next_announced import next_from_announcement, scope_to_announcing


def next_after_announced(frame: Frame) -> None:
    """Rule ``next_after_announced``: "the next LRT after March 2025" when no minutes follow
    March 2025 is answered from the minutes of March 2025, which announce what comes next (the
    period "after March 2025" holds no meeting; the question is not about one held then)."""
    retriever = frame.retriever
    if next_from_announcement(frame):  # rule next_from_announcement: M's own announcement
        return
    if not retriever.settings.next_after_announced or frame.since is None or frame.until:
        return
    point = next_after(frame.question)
    if point is None or period_has_meeting(retriever, frame.since, None):
        return
    shown = f"{point[0].isoformat()} \u2013 {point[1].isoformat()}"
    scope_to_announcing(frame, point, f"next after: {shown}")
