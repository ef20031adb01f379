"""Issue 21's measured switch on the BM25 scores: BM25 as a share of the query's ceiling
(search/ceiling.py). (The query adapter, search/adapter.py, was tried and deleted.)"""

from __future__ import annotations

import numpy as np

from lrt_search.search.ceiling import query_ceiling, query_share
from lrt_search.service import Engine

QUESTION = "Komen de plaatsen die wel meewerken zwaarder belast te zitten?"


def test_query_share_is_one_only_for_a_full_match(engine: Engine) -> None:
    terms = ["plaats", "meewerk"]
    raw = engine.bm25.scores(terms)
    share = query_share(engine.bm25, terms, raw)
    ceiling = query_ceiling(engine.bm25, terms, np.zeros(len(raw)))
    assert ceiling >= raw.max() > 0
    assert share.max() <= 1.0 and np.allclose(share, raw / ceiling)
    one_word = [h for h in engine.bm25.scores(["plaats"]) if h > 0]
    assert one_word  # a chunk holding only "plaats" keeps a share below 1 of both words
    only_plaats = (engine.bm25.scores(["plaats"]) > 0) & (engine.bm25.scores(["meewerk"]) == 0)
    assert only_plaats.any() and (share[only_plaats] < 1.0).all()


def test_query_normalisation_keeps_the_rare_word_guarantee(engine: Engine) -> None:
    on = engine.with_settings(engine.settings.replace(bm25_normalisation="query"))
    wanted = {c.chunk_id for c in engine.chunks if "kritiek" in c.text.lower().split()}
    assert wanted
    assert wanted <= {h.chunk_id for h in on.search("kritiek", k=len(wanted) + 2)}
