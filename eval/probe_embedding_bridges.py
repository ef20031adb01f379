#!/usr/bin/env python
"""Probe: could e5 word embeddings bridge everyday words to the minutes' words?

    python eval/probe_embedding_bridges.py [WORD ...]

Embeds the index vocabulary (the analyzer's corpus words) with the index's embedder, timing it
against the index build, and prints for each probe word its nearest corpus words by CSLS
(cosine minus the mean cosine of each side's 10 nearest neighbours: a margin that corrects
for hub words, as a fixed cosine threshold cannot) and by plain cosine. Issue 21 kept
dictionary bridges (search/bridges.py) instead; this script shows why (cost and neighbours).
"""

from __future__ import annotations

import sys
import time

import numpy as np

from lrt_search.service import Engine

WORDS = [
    "peace", "refugees", "municipalities", "noodsituatie", "uitgelekt", "maatschappij",
    "gevolgen", "doel", "plaatsen", "woonvormen", "migratiesysteem", "toezeggingen",
]  # fmt: skip


def main() -> int:
    words = sys.argv[1:] or WORDS
    engine = Engine.load(progress=False)
    vocab = sorted(engine.analyzer.vocabulary)
    started = time.perf_counter()
    vectors = engine.embedder.embed_queries(vocab)
    seconds = time.perf_counter() - started
    n_texts = len(engine.chunks) + int(engine.statement_offsets[-1])
    print(
        f"embedding {len(vocab)} vocabulary words took {seconds:.1f} s "
        f"(the index build embeds {n_texts} chunks and statements)"
    )
    sims = vectors @ vectors.T
    np.fill_diagonal(sims, -1.0)
    hub = np.sort(sims, axis=1)[:, -10:].mean(axis=1)
    queries = engine.embedder.embed_queries(words)
    cos = queries @ vectors.T
    own = np.sort(cos, axis=1)[:, -10:].mean(axis=1)
    csls = 2 * cos - hub[None, :] - own[:, None]
    for i, word in enumerate(words):
        best = np.argsort(-csls[i])[:4]
        shown = ", ".join(f"{vocab[j]} {csls[i, j]:+.3f}/{cos[i, j]:.2f}" for j in best)
        print(f"{word:>16}: {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
