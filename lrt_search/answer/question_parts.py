"""Rule ``question_parts``: a two-part question answered part by part.

A question of two coordinated parts ("Hoeveel plekken levert de 30.000 regeling op, en wanneer
wordt de SPUK voor de DSL's openbaar?") names things that stand in different statements of the
minutes; asked whole, no one statement holds them all and it abstains (``not_together``). When
the whole question abstains for a reason of ``Settings.question_parts`` and it splits at a comma
followed by a joiner ("en", "and") whose part opens with a question word or a question's verb
(lexicon/data/questions.toml ``part_openers``), each part is asked on its own; the answer quotes
every part that is answered (each cited, in the order of the parts) and notes a part that is
not, with its reason. When no part is answered (with ``Settings.question_parts_every``, the
default: when a part is not answered), the whole question's abstention stands: a part asked
alone loses the other part's words, and a part the minutes do not answer often leaves the other
to be answered by a statement on its topic that does not state what was asked ("When did the
House pass the Spreidingswet, and how many members voted against it?").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..lexicon.wordlists import word_set
from ..results import Answer, Citation
from ..search.preamble import opens_question
from .parts_together import code_of_parts
from .selection import compose

if TYPE_CHECKING:
    from ..config import Settings

#: A part shorter than this many words is no question of its own.
MIN_PART_WORDS = 2


def _opens_part(words: list[str]) -> bool:
    return any(opens_question(w) for w in words[:2])


def split_parts(question: str) -> tuple[str, str] | None:
    """The two parts of ``question`` (each a question ending as the whole did), or ``None``
    when it is no two-part question: the first ", en" / ", and" whose remainder opens with a
    question word or a question's verb, with at least two words on each side."""
    joiners = word_set("questions", "part_joiners")
    text = question.strip()
    mark = "?" if text.endswith("?") else ""
    start = 0
    while (comma := text.find(",", start)) >= 0:
        start = comma + 1
        rest = text[start:].split()
        if len(rest) <= MIN_PART_WORDS or rest[0].lower() not in joiners:
            continue
        first = text[:comma].strip()
        if len(first.split()) < MIN_PART_WORDS + 1 or not _opens_part(rest[1:]):
            continue
        second = " ".join(rest[1:])
        second = second[0].upper() + second[1:]
        return f"{first}{mark}", second
    return None


def _distinct(citations: list[Citation]) -> list[Citation]:
    seen: set[tuple[str, int]] = set()
    out = []
    for c in citations:
        key = (c.chunk_id, c.span.line_start)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def by_parts(settings: Settings, whole: Answer, ask: Callable[[str], Answer]) -> Answer:
    """``whole`` (the question asked whole), or, when it abstained for a reason of
    ``settings.question_parts`` and the question has two parts, the answer of its parts:
    the quotes of every part answered, a note naming a part not answered and why (only
    without ``settings.question_parts_every``); the confidence is the lowest of the parts
    answered."""
    code = code_of_parts(whole.reason_code, whole.reason_params)  # rule reason_together
    if not whole.abstained or code not in settings.question_parts:
        return whole
    parts = split_parts(whole.question)
    if parts is None:
        return whole
    answers = [ask(part) for part in parts]
    answered = [a for a in answers if not a.abstained]
    if not answered or (settings.question_parts_every and len(answered) < len(answers)):
        return whole
    notes = list(whole.notes) + [f"part: {p}" for p in parts]
    for part, a in zip(parts, answers, strict=True):
        if a.abstained:
            notes.append(f"part not answered: {part} ({a.reason})")
    citations = _distinct([c for a in answered for c in a.citations])
    return dataclasses.replace(
        answered[0],
        question=whole.question,
        answer=compose(citations),
        confidence=min(a.confidence for a in answered),
        citations=citations,
        notes=tuple(notes),
        unread=whole.unread,
    )
