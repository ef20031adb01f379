"""The e5 nearest words of the minutes' vocabulary to Dutch everyday words (issue 16/21 task G2):
for each word, the six index words of highest similarity ("query: word" . "passage: term") and
the gap of the first over the mean of the next fifty. Answerable words (A) are absent words of
refused answerable questions of the readable sets (eval/round_trip_scan.py); unanswerable ones
(U) the absent words of unanswerable twins. ~1 min (the vocabulary is embedded once).

    python eval/e5_vocab_neighbours.py
"""

from __future__ import annotations

import sys

import numpy as np

from lrt_search import Settings
from lrt_search.evaluation import engine_for

ANSWERABLE = [
    "leiding",
    "doel",
    "klus",
    "huurhuis",
    "baas",
    "versturen",
    "gewone",
    "papieren",
    "dorpen",
    "opluchting",
    "dwang",
    "schrijfstijl",
]
UNANSWERABLE = [
    "kermis",
    "dierentuin",
    "zwembad",
    "snoep",
    "lawaai",
    "tenten",
    "karwei",
    "studenten",
    "kinderen",
    "referendum",
    "voetbalveld",
    "winkeldiefstal",
    "eenzaamheid",
    "kernenergie",
    "zorgpremie",
    "vogelgriep",
]


def main() -> int:
    """Print each word's nearest vocabulary words and its gap."""
    engine = engine_for(Settings(), progress=False)
    vocab = sorted(w for w in engine.analyzer.vocabulary if w.isalpha() and len(w) >= 4)
    passages = engine.embedder.embed_passages(vocab)
    queries = engine.embedder.embed_queries([*ANSWERABLE, *UNANSWERABLE])
    for word, query in zip([*ANSWERABLE, *UNANSWERABLE], queries, strict=True):
        sims = passages @ query
        order = np.argsort(-sims)
        gap = float(sims[order[0]] - sims[order[1:51]].mean())
        top = ", ".join(f"{vocab[i]} {sims[i]:.3f}" for i in order[:6])
        print(f"{'A' if word in ANSWERABLE else 'U'} {word}\tgap {gap:.3f}\t{top}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
