"""Rule ``gloss_part_not_high`` (``Settings.gloss_part_not_high``, OFF by default: measured in
docs/settings.md; issue 16 item 8, session 27 task F3): an answer whose quote meets a word of
the topic only through part of a multi-word glossary term is not labelled high.

The glossary gives a question's English (or Dutch) term its Dutch terms, some of several words
("funding": "financiële regelingen", "financiële dekking", "financiering"; "government real
estate": "rijksvastgoed", "grondstukken van het rijk"). Each word of such a term becomes a term
of the topic's unit, so a statement holding "regelingen" alone, or "rijk" alone, meets the
topic as far as the checks and the confidence's ``topic_cover`` see - through the general word
of a term whose specific word it lacks. A unit of the topic is met only that way when every
term the quote holds of it is a term of the question's glossary terms, no glossary term the
quote holds whole (all its index terms, a compound's parts included) shares a term with the
unit, and the question itself does not write a term the quote holds of it. Only the label
changes: such an answer is shown at most medium (:func:`.confidence_features.not_high`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..results import Citation
    from .frame import Frame


def glossary_parts(frame: Frame) -> list[frozenset[str]]:
    """The index terms of each Dutch term of the glossary terms the question holds (one set per
    Dutch term; a term of no indexable word is left out)."""
    retriever = frame.retriever
    analyzer = retriever.analyzer
    out = []
    for _, entry in retriever.glossary.matches(frame.question):
        for nl in entry.nl:
            terms = frozenset(analyzer.tokenize(nl))
            if terms and terms not in out:
                out.append(terms)
    return out


def gloss_part_only(frame: Frame, c: Citation) -> bool:
    """Rule ``gloss_part_not_high`` (when on): a unit of the topic (``needs.topic_units``) that
    the quote of ``c`` meets only through part of a multi-word glossary term (module doc)."""
    if not frame.retriever.settings.gloss_part_not_high or not frame.needs.topic_units:
        return False
    gloss = glossary_parts(frame)
    if not gloss:
        return False
    analyzer = frame.retriever.analyzer
    held = set(analyzer.tokenize(c.quote))
    own = set(analyzer.tokenize(frame.question))
    glossed = frozenset().union(*gloss)
    for unit in frame.needs.topic_units:
        met = unit & held
        if not met or met & own or not met <= glossed:
            continue
        if not any(term <= held and term & unit for term in gloss):
            return True
    return False
