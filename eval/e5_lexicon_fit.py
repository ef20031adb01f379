"""Fit (and judge) an e5 bilingual lexicon for English topic words nothing translates (issue 16,
session 19 task F, source (b)): each English content word of the English questions of dev and
generated (never test, no holdout) that neither the index, the glossary nor FreeDict reads into a
word of the minutes is embedded as a query ("query: word") and compared by cosine with the
minutes' vocabulary embedded as passages; its nearest word counts as right when the gold quote
of an answerable question holds that word. Printed per threshold: the words admitted for
answerable questions, how many right (the precision a threshold would have), and the words
admitted for unanswerable questions (loose translations that could answer them).

    python eval/e5_lexicon_fit.py [--sets dev,generated] [--show N]
"""

from __future__ import annotations

import argparse
import sys

import numpy as np
from answer_sets import REGISTRY, held_out

from lrt_search import Settings
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.index.analysis import dutch_stopwords, english_stopwords, words
from lrt_search.lexicon.freedict import dutch_for

THRESHOLDS = (0.84, 0.86, 0.87, 0.88, 0.89, 0.90, 0.91, 0.92)


def main() -> int:
    """Print the fit table (and the top words with ``--show``)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default="dev,generated")
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    engine = engine_for(Settings(), progress=False)
    known, analyzer = engine.bm25.terms, engine.analyzer
    stop = english_stopwords() | dutch_stopwords()

    def index_terms(text: str) -> set[str]:
        return {t for t in analyzer.tokenize_query(text, known) if t in known}

    rows: list[tuple[str, str, bool, str]] = []  # (word, question id, answerable, gold text)
    chosen = set(args.sets.split(","))
    for entry in REGISTRY:
        if held_out(entry.name) or entry.name not in chosen:
            continue
        for q in load_questions(entry.file, entry.split):
            if q.lang != "en":
                continue
            matches = engine.glossary.matches(q.question)
            glossed = {w for surface, _ in matches for w in words(surface)}
            gold = " ".join(g.quote for g in q.gold).lower()
            for word in dict.fromkeys(words(q.question)):
                if len(word) < 3 or word in stop or not word.isalpha() or word in glossed:
                    continue
                if index_terms(word) or any(index_terms(t) for t in dutch_for(word)):
                    continue
                rows.append((word, q.id, q.answerable, gold))
    vocab = sorted(w for w in analyzer.vocabulary if w.isalpha() and len(w) >= 4)
    passages = engine.embedder.embed_passages(vocab)
    queries = engine.embedder.embed_queries([w for w, *_ in rows])
    best = []
    for (word, qid, answerable, gold), query in zip(rows, queries, strict=True):
        sims = passages @ query
        top = int(np.argmax(sims))
        right = answerable and vocab[top] in gold
        best.append((float(sims[top]), word, vocab[top], qid, answerable, right))
    print(f"{len(rows)} untranslated English words ({sum(r[2] for r in rows)} of answerable)")
    for threshold in THRESHOLDS:
        admitted = [b for b in best if b[0] >= threshold]
        ans = [b for b in admitted if b[4]]
        right = sum(b[5] for b in ans)
        print(
            f"cos >= {threshold:.2f}: answerable {len(ans)} admitted, right {right}"
            f" ({right / len(ans) if ans else 0:.2f}); unanswerable {len(admitted) - len(ans)}"
        )
    for sim, word, near, qid, answerable, right in sorted(best, reverse=True)[: args.show]:
        mark = "right" if right else ("A" if answerable else "U")
        print(f"{sim:.3f} {word} -> {near} {qid} {mark}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
