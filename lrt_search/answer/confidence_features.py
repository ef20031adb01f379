"""The features of the calibrated confidence (:mod:`lrt_search.answer.calibration`): what the
answer and the checks know about a candidate statement.

- ``score``, ``lexical``: its answer score and the idf-weighted share of the question's terms
  it holds (:mod:`lrt_search.answer.candidates`);
- ``matched``: its passage matched the question's words (BM25), not only the embedding;
- ``margin``: how far its score stands above the next statement's (0.3 when it is alone);
- ``candidates``: ``log(1 + n)`` of the statements that passed every check;
- ``topic_cover``: the share of the topic's words (or English terms) it holds;
- ``no_topic``: the question names no topic (no "about X", no content word);
- ``topic_missing``: the share of the topic's weight the minutes lack (how narrowly the topic
  gate passed);
- ``implied``: the topic is implied by the question's content words (no "about X");
- ``speaker``: the question asks what one speaker said (only their statements are candidates).
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from ..index.analysis import words
from ..models import CONFIDENCE_HIGH

if TYPE_CHECKING:
    from ..models import Citation
    from .frame import Frame

_ALONE = 0.3


def features(
    frame: Frame, c: Citation, candidates: Sequence[Citation], matched: Collection[str]
) -> dict[str, float]:
    """The confidence features of candidate ``c`` among ``candidates`` (``matched``: the ids
    of the passages BM25 found)."""
    needs = frame.needs
    others = [o.score for o in candidates if o is not c]
    margin = min(_ALONE, c.score - max(others)) if others else _ALONE
    cover = 0.0
    if needs.topic_units:
        terms = set(frame.retriever.analyzer.tokenize(c.quote))
        cover = sum(bool(unit & terms) for unit in needs.topic_units) / len(needs.topic_units)
    return {
        "score": c.score,
        "lexical": c.lexical,
        "matched": float(c.chunk_id in matched),
        "margin": margin,
        "candidates": math.log1p(len(candidates)),
        "topic_cover": cover,
        "no_topic": float(not needs.topic),
        "topic_missing": needs.topic_missing,
        "implied": float(needs.topic_implied),
        "speaker": float(bool(frame.codes)),
    }


def whole_topic_terms(frame: Frame) -> frozenset[str]:
    """The topic's terms without those that are only compound parts of its words, of its
    glossary terms or of its synonyms ("taakstelling" without "taak" and "stel", so "taken"
    does not hold the housing target)."""
    retriever, topic = frame.retriever, frame.needs.topic
    sources = [topic, *retriever.glossary.expand(topic)]
    if retriever.synonyms is not None:
        sources += retriever.synonyms.expand(topic)
    tokenize = retriever.analyzer.tokenize
    whole: set[str] = set()
    parts: set[str] = set()
    for word in words(" ".join(sources)):
        terms = tokenize(word)
        whole.update(terms[:1])
        parts.update(terms[1:])
    return frame.needs.topic_terms - (parts - whole)


def capped(frame: Frame, c: Citation, p: float) -> float:
    """Rule ``uncovered_not_high`` (``Settings.uncovered_not_high``): the confidence ``p`` of an
    answer whose best statement ``c`` holds no whole word of the topic itself (only compound
    parts of it, or the topic stands only in its item heading or the statement before it)
    stays just below "high"."""
    if not frame.retriever.settings.uncovered_not_high or not frame.needs.topic_terms:
        return p
    if whole_topic_terms(frame) & set(frame.retriever.analyzer.tokenize(c.quote)):
        return p
    return min(p, CONFIDENCE_HIGH - 0.01)
