"""``BM25Index.doc_count`` (rule ``corpus_spread_weight``'s document frequency, counted from the
postings) equals the documents ``scores`` scores above 0, on the corpus index as loaded (memory
maps, SQLite vocabulary) and on built indexes whose idf is 0 or negative for some terms."""

from __future__ import annotations

import random

import numpy as np

from lrt_search.index.backends.bm25 import BM25Index
from lrt_search.service import Engine


def _by_scores(bm25: BM25Index, terms: set[str]) -> int:
    return int((bm25.scores(sorted(terms)) > 0).sum())


def test_every_corpus_term_and_random_term_sets(engine: Engine) -> None:
    bm25 = engine.bm25
    assert isinstance(bm25, BM25Index)
    vocabulary = sorted(bm25.terms)
    for term in vocabulary:
        assert bm25.doc_count({term}) == _by_scores(bm25, {term}), term
    rnd = random.Random(5)
    for _ in range(300):
        terms = set(rnd.sample(vocabulary, rnd.randint(2, 6)))
        terms.add("geen-term-van-de-notulen")  # a term the index lacks counts no document
        assert bm25.doc_count(terms) == _by_scores(bm25, terms), terms
    assert bm25.doc_count(set()) == 0


def test_a_term_in_half_the_documents_has_idf_0_and_counts_none() -> None:
    # df = N / 2: log(N - df + 0.5) - log(df + 0.5) = 0, so its weights are 0
    bm25 = BM25Index.build([["a", "b"], ["a", "c"], ["d"], ["e"]])
    assert float(bm25.data[bm25.indptr[0]]) == 0.0
    assert bm25.doc_count({"a"}) == _by_scores(bm25, {"a"}) == 0
    assert bm25.doc_count({"a", "b", "c"}) == _by_scores(bm25, {"a", "b", "c"}) == 2


def test_negative_weights_are_counted_as_scores_counts_them() -> None:
    # most terms in most documents: rank-bm25's floor (0.25 * mean idf) is itself negative
    docs = [["x", "y", "z"], ["x", "y", "z"], ["x", "y"], ["w"]]
    bm25 = BM25Index.build(docs)
    assert (np.asarray(bm25.data) < 0).any()
    for terms in ({"x"}, {"y"}, {"x", "w"}, {"x", "y", "z", "w"}, {"z", "w"}):
        assert bm25.doc_count(terms) == _by_scores(bm25, terms), terms
