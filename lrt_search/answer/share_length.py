"""Rule ``share_length_damped``: a long line's term share is no evidence that it answers.

A statement's score counts the (idf-weighted) share of the question's terms it holds, weighed
``answer_lexical_weight``. A long line (the state secretary's 106-word process line of April
2023, a minister's 70-word round of a package) holds more of any question's words than a short
one only because it holds more words, and outscored the short line that says what was asked.
With the rule, the share of a statement of more than ``share_length_words`` words counts times
``sqrt(share_length_words / words)``; a statement of that length or shorter keeps its score.
Fitted on the generated statement choice of ``eval/statement_choice_gen.py`` (questions made
from one statement's content words in other forms: which statement the score ranks first), not
on asked questions. Like rules ``asked_form`` and ``meeting_date_not_content`` it orders the
quotes once whether to answer and the confidence were decided: no abstention, reason,
confidence or ``Citation.lexical`` changes."""

from __future__ import annotations

import math
from dataclasses import replace
from typing import TYPE_CHECKING

from ..results import Citation

if TYPE_CHECKING:
    from .frame import Frame


def share_factor(words: int, length: int) -> float:
    """What a statement of ``words`` words keeps of its term share: 1 up to ``length`` words
    (``Settings.share_length_words``; 0: always 1), then ``sqrt(length / words)``."""
    if length <= 0 or words <= length:
        return 1.0
    return math.sqrt(length / words)


def damped(candidates: list[Citation], weight: float, length: int) -> list[Citation]:
    """``candidates`` with the credit of their term share (weighed ``weight``) damped by their
    length, best first; the list itself when no candidate is longer than ``length``."""
    out, changed = [], False
    for c in candidates:
        lost = weight * c.lexical * (1.0 - share_factor(len(c.quote.split()), length))
        changed = changed or lost > 0
        out.append(replace(c, score=c.score - lost) if lost > 0 else c)
    return sorted(out, key=lambda c: -c.score) if changed else candidates


def length_damped(frame: Frame, candidates: list[Citation]) -> list[Citation]:
    """Rule ``share_length_damped`` on the quotes of ``frame`` (``share_length_words`` 0: off)."""
    settings = frame.retriever.settings
    if not settings.share_length_words or not candidates:
        return candidates
    return damped(candidates, settings.answer_lexical_weight, settings.share_length_words)
