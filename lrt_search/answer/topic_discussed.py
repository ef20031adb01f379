"""Whether the minutes discuss a topic in other words: a statement that stands out.

The topic check (:mod:`lrt_search.answer.topics`) abstains when the words the minutes lack
weigh too much. Some of those words are paraphrases: "prijsstijgingen bij flexwoningen" for
"een prijsopdrijvend effect nu op korte termijn flexwoningen worden aangeschaft". Such a
statement holds the topic's other words and is far closer to the topic in the embedding space
than the rest of the minutes are; a topic the minutes lack ("de dwangsom bij te late opvang")
has no such statement, only ones that share a common word. The measure is the z-score of the
best such statement's cosine to the topic among the statements of the ``sentence_pool`` chunks
nearest to it (every statement of a corpus smaller than the pool).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .semantic_evidence import pool_statements

if TYPE_CHECKING:
    from ..search.retriever import Retriever
    from .topics import TopicCheck


def standout(retriever: Retriever, topic: str, check: TopicCheck) -> float:
    """The z-score of the statement closest to ``topic`` among those holding one of its found
    index terms (``-inf`` when none holds one, or the index has no statement vectors)."""
    if not check.terms:
        return float("-inf")
    pooled = pool_statements(retriever, retriever.query_vector(topic))
    if pooled is None:
        return float("-inf")
    rows, lengths, sims = pooled
    spread = float(sims.std())
    if len(sims) < 2 or spread == 0.0:
        return float("-inf")
    known = retriever.bm25.terms
    best = float("-inf")
    position = 0
    for row, length in zip(rows, lengths, strict=True):
        chunk = retriever.chunks[row]
        for j, statement in enumerate(chunk.statements[:length]):
            if sims[position + j] > best and check.terms & set(
                retriever.analyzer.tokenize_query(statement.text, known)
            ):
                best = float(sims[position + j])
        position += length
    return (best - float(sims.mean())) / spread if best > float("-inf") else best
