"""Whether a reason ``body_silent`` (rule silent_body, answer.silent_body) is true of the
minutes: the body named never speaks in them, and the meetings the reason names are those whose
minutes write it."""

from __future__ import annotations

from typing import Any

from .reason_minutes import Minutes


def body_silent(minutes: Minutes, answer: Any, params: dict) -> str | None:
    """Rule silent_body: false when a statement's speaker is the body (its name resolves to
    a code that speaks), a chunk writes it speaking ("heeft de Raad van State aangegeven",
    "volgens X"), or the meetings named are not those whose minutes write it."""
    from ..answer.meeting_not_held import phrase_pattern
    from ..answer.silent_body import reports_speech

    forms = params.get("forms") or params["names"]
    codes = minutes.codes(params["names"])
    said = [s.text for s in minutes.said if codes & s.speakers]
    said += [c.text for c in minutes.engine.chunks if any(reports_speech(c.text, f) for f in forms)]
    patterns = [phrase_pattern(f) for f in forms]
    days = sorted({c.meeting_date.isoformat() for c in minutes.engine.chunks
                   if any(p.search(c.text) for p in patterns)})  # fmt: skip
    if days != sorted(params.get("dates") or ()):
        return f"the minutes write it on {days}"
    return f"the body speaks: {said[0][:160]!r}" if said else None
