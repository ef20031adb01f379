"""Rule ``evidence_stemmer``: the words of ``ask``'s checks matched with another stemmer than
the search's.

The search may stem with Snowball's original Dutch stemmer (``stemmer = "dutch_porter"``),
which keeps "ge-" ("gevolgen" != "volgende"), while the evidence checks of ``ask`` (names,
topics, premises, a statement's lexical share) keep matching words with the stemmer they were
built and measured with (``evidence_stemmer``, "dutch" by default). ``ask`` then reads the
passages the search found and checks them with this view: the same chunks, vectors and
embedder, with the analyzer and BM25 terms of ``evidence_stemmer``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .retriever import Retriever


def evidence_view(retriever: Retriever, kind: type[Retriever]) -> Retriever:
    """``retriever`` itself when both stemmers agree; else a ``kind`` (the plain retriever,
    also for an engine) over the same index whose analyzer and BM25 terms use
    ``evidence_stemmer`` (built in memory when the index holds the other stemmer's), sharing
    the embedder and its cache of query vectors."""
    settings = retriever.settings
    if settings.evidence_stemmer == settings.stemmer:
        return retriever
    analyzer, bm25 = retriever.stored_terms
    view = kind(
        settings.replace(stemmer=settings.evidence_stemmer),
        retriever.chunks,
        vectors=retriever.vectors,
        bm25=bm25,
        analyzer=analyzer,
        embedder=retriever.embedder,
        manifest=retriever.manifest,
        statement_vectors=retriever.statement_vectors,
        sentence_rows=retriever.open_sentence_rows,
    )
    view._query_cache = retriever._query_cache  # ask embeds the question once
    return view
