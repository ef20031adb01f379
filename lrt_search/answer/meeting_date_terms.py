"""Rule ``meeting_date_not_content``: the date that picks the meeting is no asked content.

"What were the state secretary's expectations of the housing target in April 2023?" reads
"April 2023" as the meeting's period: every statement of that meeting is of April 2023. Yet a
statement's score counted "april" and "2023" as words of the question it holds, so a long line
that writes dates of its own ("de MR van 21 april", "de tweede helft van 2023") outscored the
speaker's other line that says what was asked. With the rule, the words of the question's date
(month names, years, day numbers) count for no statement's score when the date scopes the
meetings; a date read as the topic's (``Frame.period_terms``) still counts, and so does every
word when no period scopes the meetings. Like rule ``asked_form`` it orders the quotes once
whether to answer and the confidence were decided: no abstention, confidence or
``Citation.lexical`` changes."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from ..index.analysis import words
from ..lexicon.dates import MONTHS
from ..results import Citation
from .candidates import query_terms_of

if TYPE_CHECKING:
    from .frame import Frame


def _date_word(word: str) -> bool:
    """A month name, a year (1900-2099) or a day number (1-31)."""
    if word in MONTHS:
        return True
    if word.isdigit():
        n = int(word)
        return 1 <= n <= 31 or (len(word) == 4 and 1900 <= n <= 2099)
    return False


def date_terms(question: str, tokenize: Callable[[str], list[str]]) -> set[str]:
    """The index terms of the date words of ``question`` (``tokenize`` the analyzer's)."""
    out: set[str] = set()
    for word in words(question):
        if _date_word(word.lower()):
            out.update(tokenize(word))
    return out


def content_terms(frame: Frame, terms: list[str]) -> list[str]:
    """``terms`` (the question's index terms a statement's share counts) without the words of
    the date when the question's date scopes the meetings (rule ``meeting_date_not_content``)."""
    retriever, scope = frame.retriever, frame.scope
    if not retriever.settings.meeting_date_not_content or not (scope.since or scope.until):
        return terms
    dated = date_terms(frame.question, retriever.analyzer.tokenize) - frame.period_terms
    return [t for t in terms if t not in dated]


def without_meeting_date(frame: Frame, candidates: list[Citation]) -> list[Citation]:
    """``candidates`` rescored with the question's terms without the words of the date that
    picks the meetings, best first; unchanged when the rule is off or no such word is a term
    of the question."""
    retriever = frame.retriever
    terms = query_terms_of(frame)
    kept = content_terms(frame, terms)
    if len(kept) == len(terms) or not candidates:
        return candidates
    weight = retriever.settings.answer_lexical_weight
    return rescored(
        candidates, terms, kept, retriever.analyzer.tokenize, retriever.bm25.idf, weight
    )


def rescored(
    candidates: list[Citation],
    terms: list[str],
    kept: list[str],
    tokenize: Callable[[str], list[str]],
    idf: Mapping[str, float],
    weight: float,
) -> list[Citation]:
    """Each candidate's score without the credit its share of ``terms`` (weighed ``weight``,
    the setting ``answer_lexical_weight``) gave it for the terms not ``kept``, best first. The
    share's whole stays ``terms``: a candidate that holds none of the dropped terms keeps its
    score, so no other difference between the candidates grows."""
    dropped = set(terms) - set(kept)
    total = sum(idf.get(t, 1.0) for t in set(terms))
    out = []
    for c in candidates:
        held = dropped & set(tokenize(c.quote))
        credit = sum(idf.get(t, 1.0) for t in held) / total if total else 0.0
        out.append(replace(c, score=c.score - weight * credit) if credit else c)
    return sorted(out, key=lambda c: -c.score)
