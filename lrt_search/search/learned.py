"""Learned fusion (``fusion = "learned"``): a logistic-regression ranker over the signals the
retrievers already compute, in place of hand-set fusion weights.

Every chunk in any retriever's ranking is a candidate; :func:`candidate_features` describes it
by :data:`FEATURES` (each in [0, 1] or a small range, relative to the query's best candidate
where raw scores are not comparable between queries). Its score is
``sigmoid(w . x)`` with ``w = Settings.learned_weights`` (fitted pairwise on dev + the
generated paraphrase set by ``eval/fit_fusion.py``, never on test), so the lexical guarantee
still applies afterwards: scores stay in [0, 1] and every lexical match is raised above every
chunk matching nothing.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

import numpy as np

from ..index.analysis import is_english
from ..lexicon.textnorm import fold_accents
from .bridges import bridge_map, bridge_scores
from .expansion import expansion_index, query_terms
from .query import glossary_terms
from .sentence_dense import sentence_dense_scores

if TYPE_CHECKING:
    from .retriever import Retriever

#: The features, in the order of ``Settings.learned_weights`` (after the bias).
FEATURES: tuple[str, ...] = (
    "bm25",  # the BM25 side's score (with glossary and bridge terms) / the query's best
    "bm25_rr",  # 10 / (9 + BM25 rank), 0 when not ranked
    "dense",  # the dense side's score (chunk and best statement) minus the query's best
    "dense_rr",  # 10 / (9 + dense rank), 0 when not ranked
    "chunk_cos",  # cosine of the chunk minus the query's best
    "sentence_cos",  # cosine of the chunk's best statement minus the query's best
    "coverage",  # share of the query's own terms the chunk holds
    "glossary",  # BM25 of the glossary and synonym terms alone / the query's best
    "bridge",  # BM25 of the dictionary bridge words / the query's best
    "expansion",  # BM25 of the expansion field (search/expansion.py) / the query's best
    "title",  # share of the query's terms in the agenda item's title
    "expansion_nl",  # a Dutch question's words through English against the expansion field
    "bridge_nl",  # BM25 of a Dutch question's words through English and back / the best
)

#: Cosine differences are multiplied by this (so a weight of 1 means 0.1 cosine ~ 1 unit).
COSINE_SCALE = 10.0

_recorded: list[tuple[str, np.ndarray, np.ndarray]] | None = None


@contextmanager
def recording() -> Iterator[list[tuple[str, np.ndarray, np.ndarray]]]:
    """Collect ``(query, candidate rows, features)`` of every learned fusion inside the block
    (for fitting the weights: ``eval/fit_fusion.py``)."""
    global _recorded
    previous, _recorded = _recorded, []
    try:
        yield _recorded
    finally:
        _recorded = previous


def _by_max(values: np.ndarray) -> np.ndarray:
    top = float(values.max()) if len(values) else 0.0
    return values / top if top > 0 else np.zeros_like(values)


def _column(values: np.ndarray | float, rows: np.ndarray) -> np.ndarray:
    if isinstance(values, float | int):
        return np.zeros(len(rows))
    return _by_max(np.asarray(values, dtype=np.float64)[rows])


def _ranking_columns(
    rows: np.ndarray, ranking: Sequence[tuple[int, float]], relative: bool
) -> tuple[np.ndarray, np.ndarray]:
    """(score column, reciprocal-rank column) of ``ranking`` over ``rows``."""
    scores = dict(ranking)
    ranks = {doc: r for r, (doc, _) in enumerate(ranking, 1)}
    rr = np.array([10.0 / (9 + ranks[d]) if d in ranks else 0.0 for d in rows])
    if not scores:
        return np.zeros(len(rows)), rr
    if relative:  # cosines: minus the best (a missing chunk gets the ranking's worst)
        low = min(scores.values())
        raw = np.array([scores.get(int(d), low) for d in rows]) - max(scores.values())
        return raw, rr
    return _by_max(np.array([max(scores.get(int(d), 0.0), 0.0) for d in rows])), rr


def _lexical_columns(retriever: Retriever, query: str, rows: np.ndarray) -> list[np.ndarray]:
    """coverage, glossary, bridge, expansion, title."""
    terms = list(dict.fromkeys(retriever.analyzer.tokenize_query(query)))
    held = np.zeros(len(rows))
    for term in terms:
        held += retriever.bm25.scores([term])[rows] > 0
    coverage = held / len(terms) if terms else np.zeros(len(rows))
    extra = [
        t
        for phrase in glossary_terms(query, retriever.glossary, synonyms=retriever.synonyms)
        for t in retriever.analyzer.tokenize_query(phrase)
    ]
    glossary = _column(retriever.bm25.scores(extra), rows) if extra else np.zeros(len(rows))
    expansion_terms = query_terms(
        query, dutch=False, per_word=retriever.settings.expansion_per_word
    )
    expansion = (
        _column(expansion_index(retriever).scores(expansion_terms), rows)
        if expansion_terms
        else np.zeros(len(rows))
    )
    wanted = set(terms)
    title = np.array(
        [
            len(
                wanted
                & set(
                    retriever.analyzer.tokenize(fold_accents(retriever.chunks[int(d)].item_title))
                )
            )
            / len(wanted)
            if wanted
            else 0.0
            for d in rows
        ]
    )
    bridge = _column(bridge_scores(retriever, query), rows)
    return [coverage, glossary, bridge, expansion, title, *_dutch_columns(retriever, query, rows)]


def _dutch_columns(retriever: Retriever, query: str, rows: np.ndarray) -> list[np.ndarray]:
    """expansion_nl, bridge_nl: a Dutch question through English (0 for an English one)."""
    if is_english(query):
        return [np.zeros(len(rows)), np.zeros(len(rows))]
    per_word = retriever.settings.expansion_per_word
    terms = query_terms(query, dutch=True, per_word=per_word)
    index = expansion_index(retriever)
    expansion = _column(index.scores(terms), rows) if terms else np.zeros(len(rows))
    s = retriever.settings
    bridged = bridge_map(query, retriever.analyzer, retriever.bm25.terms, s.bridge_per_word, True)
    words = [t for ws in bridged.values() for w in ws for t in retriever.analyzer.tokenize(w)[:1]]
    bridge = _column(retriever.bm25.scores(words), rows) if words else np.zeros(len(rows))
    return [expansion, bridge]


def candidate_features(
    retriever: Retriever, query: str, rankings: Mapping[str, Sequence[tuple[int, float]]]
) -> tuple[np.ndarray, np.ndarray]:
    """(candidate rows, their :data:`FEATURES` matrix) for ``query``."""
    rows = np.array(
        sorted({d for ranking in rankings.values() for d, _ in ranking}), dtype=np.int64
    )
    if not len(rows):
        return rows, np.zeros((0, len(FEATURES)))
    bm25, bm25_rr = _ranking_columns(rows, rankings.get("bm25", ()), relative=False)
    dense, dense_rr = _ranking_columns(rows, rankings.get("dense", ()), relative=True)
    query_vec = retriever.query_vector(query)
    chunk = (retriever.vectors.vectors()[rows] @ query_vec).astype(np.float32)
    vectors, offsets = retriever.statement_vectors, retriever.statement_offsets
    best = sentence_dense_scores(vectors, offsets, rows, chunk, query_vec, 1.0)
    # Cosines differ by hundredths between candidates: in tenths, as the other features' scale.
    relative = [COSINE_SCALE * (v - v.max()) for v in (chunk, best)]
    columns = [bm25, bm25_rr, COSINE_SCALE * dense, dense_rr, *relative]
    columns += _lexical_columns(retriever, query, rows)
    return rows, np.column_stack(columns).astype(np.float64)


def learned_fusion(
    retriever: Retriever, rankings: Mapping[str, Sequence[tuple[int, float]]], query: str
) -> list[tuple[int, float]]:
    """The candidates by ``sigmoid(bias + w . features)``, best first (ties by row)."""
    rows, features = candidate_features(retriever, query, rankings)
    if _recorded is not None:
        _recorded.append((query, rows, features))
    weights = np.asarray(retriever.settings.learned_weights, dtype=np.float64)
    scores = 1.0 / (1.0 + np.exp(-(weights[0] + features @ weights[1:])))
    order = np.lexsort((rows, -scores))
    return [(int(rows[i]), float(scores[i])) for i in order]
