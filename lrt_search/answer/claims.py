"""Rule claim_match: "who said that <claim>?" quotes first the statement closest to the claim.

A question that quotes or paraphrases a claim and asks who made it ("Who said that the
situation in Ter Apel is stable?", "Wie stelde dat ...") names the claim in the clause after
"that"/"dat" behind a word of speech (``speech`` of lexicon/data/speech.toml). The quotes
chosen for it are ordered by how close each is to the claim, not by meeting date: per sentence of a
quote, the mean of the dense sentence similarity (the query embedder on the claim, the passage
embedder on the sentence; it crosses languages) and the share of the claim's index terms (stems,
compound parts) the sentence holds; a quote counts with its closest sentence (a bullet of
several sentences states the claim in one). Switch: ``Settings.claim_match``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np

from ..lazyre import lazy
from ..lexicon.wordlists import alternation

if TYPE_CHECKING:
    from ..results import Citation
    from ..search.retriever import Retriever

_SENTENCE = lazy(r"(?<=[.!?])\s+(?=[A-Z0-9])")
_CLAIM = lazy(
    r"^\s*(?:who|wie|which\s+\w+|welke?\s+\w+)\b(?:\s+[\w'’-]+){0,3}?\s+"
    rf"{alternation('speech', 'speech')}\s+(?:that|dat)\s+(?P<claim>[^?]{{8,}})",
    re.I,
)


def claim_of(question: str) -> str:
    """The claim a "who said that ...?" question asks about, else ``""``."""
    m = _CLAIM.search(question)
    return m.group("claim").strip() if m else ""


def by_claim(retriever: Retriever, claim: str, citations: list[Citation]) -> list[Citation]:
    """``citations`` ordered by closeness to ``claim`` (of their closest sentence), closest
    first (a stable sort: equal ones keep their order)."""
    if len(citations) < 2:
        return citations
    sentences = [[t for t in _SENTENCE.split(c.quote) if t.strip()] or [c.quote] for c in citations]
    flat = [t for group in sentences for t in group]
    embedder = retriever.embedder
    dense = np.asarray(embedder.embed_passages(flat)) @ embedder.embed_queries([claim])[0]
    claim_terms = set(retriever.analyzer.tokenize(claim))
    scores: list[float] = []
    at = 0
    for group in sentences:
        best = 0.0
        for text, cosine in zip(group, dense[at : at + len(group)], strict=True):
            terms = set(retriever.analyzer.tokenize(text))
            overlap = len(claim_terms & terms) / len(claim_terms) if claim_terms else 0.0
            best = max(best, (float(cosine) + overlap) / 2)
        scores.append(best)
        at += len(group)
    order = sorted(range(len(citations)), key=lambda i: -scores[i])
    return [citations[i] for i in order]
