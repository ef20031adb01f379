"""Rule ``topic_term_search``: the passages that hold the topic's terms, when none found does.

The quote check ``topic_quoted`` asks a statement for a term of the question's topic: its own
words in some form, or the words the glossary, FreeDict or the paraphrase table give for it
("bekostiging" -> financier, geld; "krapte" -> gebrek). The passages ``ask`` reads come from the
question's own words, so a topic the question names in other words than the minutes is often
checked against passages none of whose statements can hold those terms, and the question is
refused as ``topic_not_quoted`` while the statement that says it in the minutes' words was
never read. This rule adds, after the passages found, the best ``Settings.topic_term_search``
passages of a BM25 search for the topic's terms (within the question's speaker and period
filters), only when no statement read (of the asked speaker, when there is one) holds a topic
term in the statement or its item heading. The checks then decide on them as on any passage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..results import Hit
from ..search.fusion import top_positive

if TYPE_CHECKING:
    from .frame import Frame


def _heading(hit: Hit) -> str:
    return hit.chunk.text.split("\n- ", 1)[0]


def topic_read(frame: Frame) -> bool:
    """Whether a statement of the passages ``ask`` decides on (by the asked speaker, when
    there is one) holds a term of the question's topic in its text or its item heading."""
    terms = frame.needs.topic_terms
    tokenize = frame.retriever.analyzer.tokenize
    for hit in frame.hits:
        heading = terms & set(tokenize(_heading(hit)))
        for statement in hit.chunk.statements:
            if frame.codes and not frame.codes & set(statement.speakers):
                continue
            if heading or terms & set(tokenize(statement.text)):
                return True
    return False


def with_topic_hits(frame: Frame) -> None:
    """Add to ``frame.hits`` the passages a BM25 search for the topic's terms finds (rule
    ``topic_term_search``; see the module docstring); unchanged when the rule is off, the
    question has no topic terms or a statement read holds one already."""
    retriever = frame.retriever
    count = retriever.settings.topic_term_search
    terms = frame.needs.topic_terms
    if count <= 0 or not terms or topic_read(frame):
        return
    mask = retriever.filter_mask(frame.orgs or None, frame.since, frame.until, None)
    found = {h.chunk_id for h in frame.hits}
    scores = retriever.bm25.scores(sorted(terms))
    for row, score in top_positive(scores, count, mask):
        chunk = retriever.chunks[row]
        if chunk.chunk_id not in found and chunk.statements:
            found.add(chunk.chunk_id)
            frame.hits.append(Hit(chunk=chunk, score=score, rank=len(frame.hits) + 1))
    # a passage added here is read once: not again among the deeper ones (rule quote_depth)
    frame.deeper = [h for h in frame.deeper if h.chunk_id not in found]
