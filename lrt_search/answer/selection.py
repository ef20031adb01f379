"""Which statements an answer quotes, and how it reads."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ..lexicon.textnorm import normalize_for_match
from ..models import Citation


def choose(
    candidates: list[Citation],
    timeline: bool,
    max_quotes: int,
    margin: float,
    floor: Callable[[Citation], bool] | None = None,
) -> list[Citation]:
    """The statements to quote, best first in ``candidates``: those within ``margin`` of the
    best (or holding most of the question's terms within twice it), without repeats. A
    timeline keeps each meeting's best statement that passes ``floor`` (the calibrated
    confidence), so no meeting that discusses the topic is lost to a better one."""
    best = candidates[0].score
    # Keep statements close to the best one, and those holding most of the question's terms
    # within twice the margin; a timeline keeps the best one per meeting.
    margin = 2 * margin if timeline else margin
    good = [
        c
        for c in candidates
        if c.score >= best - margin or (c.lexical >= 0.5 and c.score >= best - 2 * margin)
    ]
    if timeline:
        per_meeting: dict[dt.date, Citation] = {}
        for c in candidates if floor is not None else good:
            if floor is None or c is candidates[0] or floor(c):
                per_meeting.setdefault(c.meeting_date, c)
        chosen = list(per_meeting.values())[:max_quotes]
    else:
        seen: set[str] = set()
        chosen = []
        for c in good:
            key = normalize_for_match(c.quote)
            if key in seen:
                continue
            seen.add(key)
            chosen.append(c)
            if len(chosen) >= max_quotes:
                break
    return sorted(chosen, key=lambda c: (c.meeting_date, c.span.line_start))


def compose(citations: list[Citation]) -> str:
    """The answer text: one line per quote with date, speaker and citation."""
    lines = []
    for c in citations:
        who = f"{c.speaker}: " if c.speaker else ""
        lines.append(f"{c.meeting_date.isoformat()} — {who}\u201c{c.quote}\u201d [{c.citation}]")
    return "\n".join(lines)


_DECISION = re.compile(
    r"^(?:afspraak|actie)\s*:|\b(?:er wordt besloten|wordt (?:er )?ingestemd|wordt besloten|"
    r"is afgesproken|gaat akkoord|zijn akkoord|is akkoord|stemt in|wordt vastgesteld|"
    r"is vastgesteld)\b",
    re.I,
)
_AGREED = re.compile(
    r"\b(?:agree\w*|decid\w*|decision\w*|resolv\w*|settled|afgesproken|afspra\w*|besl\w*|"
    r"besluit\w*|overeengekomen|ingestemd|vastgesteld|actions?|acties|actiepunt\w*)\b",
    re.I,
)


def asks_for_decisions(question: str) -> bool:
    """Whether the question asks what was agreed or decided."""
    return bool(_AGREED.search(question))


def is_decision(kind: str, text: str) -> bool:
    """An Afspraak/Actie statement, or one that records a decision ("Er wordt besloten",
    "wordt ingestemd", "is vastgesteld", "gaat akkoord")."""
    return kind in ("decision", "action") or bool(_DECISION.search(text))
