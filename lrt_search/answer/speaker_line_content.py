"""Rule ``speaker_line_content``: of one speaker's lines in one item, the line that holds the
question's content words is quoted first.

"Was er volgens de staatssecretaris in april 2023 nog een achterstand bij de huisvesting?" finds
the state secretary's long process line of that item first (it names the speaker and the
topic, and the e5 similarity likes its length), while only the other line of the same speaker
says what was asked ("Staatssecretaris wijst op achterstand die er nog is"). The words that
tell the lines apart are the question's content words: its index terms without the speaker's
words, the date's words, the frame words and the words of the item's title, which every line
of the speaker in that item shares or needs not hold. Among the candidates of one speaker in
one item the rule puts the line holding more of them (idf-weighted) first; each line takes the
score of the place it moves to, so no other candidate's place changes. Like rule
``meeting_date_not_content`` it orders the quotes once whether to answer and the confidence
were decided: no abstention, reason, confidence or label changes."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from .candidates import query_terms_of
from .frame_words import frame_words
from .meeting_date_terms import date_terms

if TYPE_CHECKING:
    from ..results import Citation
    from .frame import Frame


def asked_terms(frame: Frame) -> frozenset[str]:
    """The question's content terms: its index terms without the terms of its date words, its
    speaker's words (and codes) and its frame words."""
    tokenize = frame.retriever.analyzer.tokenize
    terms = set(query_terms_of(frame))
    terms -= date_terms(frame.question, tokenize)
    parsed = frame.parsed
    said = parsed.speaker_words if parsed is not None else ()
    for phrase in (*said, *frame.codes, *frame_words(frame.question)):
        terms -= set(tokenize(phrase))
    return frozenset(terms)


def _headings(frame: Frame) -> dict[str, str]:
    """The item title of each passage found."""
    return {h.chunk.chunk_id: h.chunk.item_title for h in (*frame.hits, *frame.deeper)}


def held(
    quote: str, terms: frozenset[str], tokenize: Callable[[str], list[str]],
    idf: Mapping[str, float],
) -> float:  # fmt: skip
    """The idf weight of ``terms`` that ``quote`` holds."""
    return sum(idf.get(t, 1.0) for t in terms & set(tokenize(quote)))


def reordered(candidates: list[Citation], content: Callable[[Citation], float]) -> list[Citation]:
    """``candidates`` with the lines of each speaker in each item (two or more, a speaker named)
    in their places ordered by ``content`` (most first, ties as they stood); a line moved takes
    the score of its new place."""
    groups: dict[tuple[object, ...], list[int]] = {}
    for i, c in enumerate(candidates):
        if c.speakers:  # an item split in parts is one item
            key = (c.meeting_date, c.item, *sorted(c.speakers))
            groups.setdefault(key, []).append(i)
    out = list(candidates)
    for places in groups.values():
        if len(places) < 2:
            continue
        lines = sorted((candidates[i] for i in places), key=lambda c: -content(c))
        for place, line in zip(places, lines, strict=True):
            slot = candidates[place]
            out[place] = line if line is slot else replace(line, score=slot.score)
    return out


def by_line_content(frame: Frame, candidates: list[Citation]) -> list[Citation]:
    """``candidates`` with each speaker's lines of one item in the order of the question's
    content terms they hold (rule ``speaker_line_content``); unchanged when the rule is off."""
    retriever = frame.retriever
    if not retriever.settings.speaker_line_content or len(candidates) < 2:
        return candidates
    terms = asked_terms(frame)
    if not terms:
        return candidates
    tokenize, idf = retriever.analyzer.tokenize, retriever.bm25.idf
    titles = {k: frozenset(tokenize(v)) for k, v in _headings(frame).items()}

    def content(c: Citation) -> float:
        return held(c.quote, terms - titles.get(c.chunk_id, frozenset()), tokenize, idf)

    return reordered(candidates, content)
