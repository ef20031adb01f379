"""Rule ``period_modifier_read``: a statement about the period of the topic comes first. A
period that names which thing the topic is ("the 2025 package", "de taakstelling voor 2024";
:mod:`lrt_search.search.period_modifiers`) does not scope the meetings; a statement that writes
the period (a year of it, or a half of it: "2025-II") or was made while the thing was current
(at a meeting from a year before the period starts to its end: the 2024 target is set in 2023)
gets :data:`BONUS` on its score. Nothing is refused for it.
"""

from __future__ import annotations

import datetime as dt

from ..lazyre import lazy
from .frame import Frame

#: The score a statement about the topic's period gains (cosine scores of statements that
#: answer lie 0.80-0.90; the bonus reorders near ties, as ``decision_bonus`` does).
BONUS = 0.05
#: How long before its period a thing is current (a target or a budget is set the year before).
AHEAD = dt.timedelta(days=365)
_YEAR = lazy(r"(?<![\d.,])((?:19|20)\d{2})(?:-(II|I)\b)?(?![\d.,]\d)", needs_digit=True)


def _written(text: str, since: dt.date, until: dt.date) -> bool:
    """Whether ``text`` writes a year of the period, alone or with a half of it ("2025-II")."""
    for m in _YEAR.finditer(text):
        year, half = int(m.group(1)), m.group(2)
        first = dt.date(year, 7 if half == "II" else 1, 1)
        last = dt.date(year, 6, 30) if half == "I" else dt.date(year, 12, 31)
        if first <= until and since <= last:
            return True
    return False


def period_bonus(frame: Frame, text: str, meeting: dt.date) -> float:
    """:data:`BONUS` for a statement ``text`` of the minutes of ``meeting`` about the topic's
    period (module docstring); 0.0 without a topic period or with the rule off."""
    parsed = frame.parsed
    if not frame.retriever.settings.period_modifier_read or parsed is None:
        return 0.0
    if parsed.topic_period is None:
        return 0.0
    since, until = parsed.topic_period
    current = since - AHEAD <= meeting <= until
    return BONUS if current or _written(text, since, until) else 0.0
