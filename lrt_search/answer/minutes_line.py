"""Rule minutes_line_asked_only: the line approving earlier minutes answers only a question
about minutes.

Every meeting opens by approving the minutes of the one before ("Het verslag van de LRT van 18
december is vastgesteld.", "Het verslag van de LRT van 27 oktober 2023 wordt geaccordeerd.").
The line names "LRT", a date and an approval (a decision: ``decision_bonus``), so it matched
questions that only name a meeting ("at the march 2025 LRT", "de vorige LRT", "Welke
toezegging deed X in de LRT van maart 2025?") and was quoted as their answer. It is a candidate
only when the question names minutes (``minutes_words`` of lexicon/data/minutes.toml: "Werd het
verslag van de LRT van 2 februari goedgekeurd?"); so is a line on minutes to follow ("Het
verslag van de 'kleine LRT' volgt op korte termijn per mail."). The pattern is ``minutes_line``
there.
Switch: ``Settings.minutes_line_asked_only``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lazyre import lazy
from ..lexicon.wordlists import regex_text, word_regex

if TYPE_CHECKING:
    from .frame import Frame

_APPROVAL = lazy(regex_text("minutes", "minutes_line"), re.I)


def approves_minutes(text: str) -> bool:
    """Whether statement ``text`` is about minutes themselves: approved, or to follow."""
    return bool(_APPROVAL.search(text))


def asks_about_minutes(question: str) -> bool:
    """Whether ``question`` names minutes ("verslag", "notulen", "minutes")."""
    return bool(word_regex("minutes", "minutes_words").search(question))


def minutes_unasked(frame: Frame) -> bool:
    """Whether the rule is on and ``frame``'s question names no minutes: its minutes lines are
    then no candidates."""
    settings = frame.retriever.settings
    return settings.minutes_line_asked_only and not asks_about_minutes(frame.question)
