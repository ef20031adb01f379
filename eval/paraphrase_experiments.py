"""Issue 21's probes that did not become settings: each changes the default engine in one way
for the length of a run, and is measured on dev and the held-out paraphrase questions.

    python eval/paraphrase_experiments.py [--only NAME ...] [--mode dense] [--under NAME]

``--mode dense`` measures dense alone; ``--under NAME`` keeps probe NAME on under each row;
``--second FILE ...`` measures those files (their answerable questions) instead of the held-out
set.

- ``e5-symmetric``: statements embedded with e5's ``query:`` prefix (the model card's advice
  for symmetric similarity) instead of ``passage:``; chunks keep ``passage:``.
- ``dense-prf``: Rocchio feedback on the dense side: the query vector plus 0.3 times the mean
  vector of the first search's top 5 chunks, then searched again.
- ``rm3``: RM3-style terms: the 10 terms of highest tf-idf in the first search's top 3
  passages that both BM25 and dense rank in their top 10, added to BM25 at weight 0.5.
- ``centered``: the common direction of e5's vectors (all cosines ~0.84) removed: chunk,
  statement and query vectors minus the corpus mean, normalised again.
- ``known-share``: BM25's weight in the convex fusion times the share of the question's words
  that the minutes hold (a question in everyday words leans on dense).
- ``dense-keep``: dense's top 3 chunks that match no query term kept within 2 places of their
  dense rank, in a question of 3 or more content words ("dense rank kept when BM25 has
  nothing"), after the lexical guarantee.
- ``alpha-nl-0.3`` / ``alpha-nl-0.6`` / ``alpha-en-0.5``: the convex fusion's dense weight
  (0.4) per question language: Dutch questions at 0.3 or 0.6, or English ones at 0.5.
- ``dense-dutch-max`` / ``dense-dutch-mean`` / ``dense-dutch-mean-0.5``: a second dense query
  for an English question, its Dutch glossary terms and FreeDict bridge words as one text; a
  chunk's dense score is the max or the mean (the Dutch one weighted 1 or 0.5) of the two.
- ``sentence-window-0.5`` / ``sentence-window-0.25``: each statement's vector plus 0.5 or 0.25
  times its neighbours' in the same chunk (sentence-window dense scores).
- ``window-text-2`` (this and the next four: eval/paraphrase_rows.py): max-sim over sentence
  windows of 2: each pair of neighbouring statements of a chunk embedded as one text
  (``passage:``) and added to the chunk's statement rows, so the best-statement score is the
  max over statements and pairs (a short statement that refers back, "worden op hoofdlijnen
  gesteund", is scored with the one before it).
- ``window-short-8``: the same, only for pairs whose second statement has fewer than 8 words
  (a statement too short to embed well on its own).
- ``sentence-rows``: each sentence of a statement of two or more sentences embedded on its own
  and added to the chunk's statement rows (statements are paragraphs of 20-100 words; the
  gold sentence of a paraphrase miss is one of several).
- ``title-field``: each statement embedded a second time with its agenda item's title in front
  ("<title>. <statement>"), added to the chunk's statement rows (a second dense field, fused
  with the plain one by the max), not replacing them.
- ``query-as-passage``: the query vector averaged with the question embedded as a passage.

Prints, per probe, R@5 and nDCG@10 on dev (all answerable, and paraphrase R@5) and on
``eval/paraphrase_holdout.jsonl``, with the paired permutation p of nDCG@10 against the default.
Test is never used.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
from paraphrase_rows import (  # the script's folder is on the path
    extra_statement_rows,
    query_as_passage,
)

from lrt_search.evaluation import compare, evaluate, load_questions
from lrt_search.evaluation.runner import Report
from lrt_search.index.analysis import is_english, query_words
from lrt_search.search import fused as fused_module
from lrt_search.search import retriever as retriever_module
from lrt_search.search.bridges import bridged_words
from lrt_search.service import Engine

HERE = Path(__file__).resolve().parent
HOLDOUT = HERE / "paraphrase_holdout.jsonl"
Probe = Callable[[Engine], Iterator[None]]


def _normalised(x: np.ndarray) -> np.ndarray:
    return (x / np.linalg.norm(x, axis=-1, keepdims=True)).astype(np.float32)


@contextmanager
def e5_symmetric(engine: Engine) -> Iterator[None]:
    texts = [s.text for c in engine.chunks for s in c.statements]
    saved = engine.statement_vectors
    engine.statement_vectors = engine.embedder.embed_queries(texts)
    try:
        yield
    finally:
        engine.statement_vectors = saved


@contextmanager
def dense_prf(engine: Engine, beta: float = 0.3, top: int = 5) -> Iterator[None]:
    search, query_vector = engine.search, engine.query_vector
    feedback: dict[str, np.ndarray] = {}

    def fed_back(query: str) -> np.ndarray:
        vector = query_vector(query)
        return _normalised(vector + beta * feedback[query]) if query in feedback else vector

    def two_pass(query: str, *args: Any, **kwargs: Any) -> Any:
        if kwargs.get("mode") in (None, "hybrid") and query not in feedback:
            first = search(query, *args, **{**kwargs, "k": top})
            rows = [engine.chunks.row_of(h.chunk_id) for h in first]
            if rows:
                feedback[query] = np.asarray(engine.vectors.vectors())[rows].mean(axis=0)
        try:
            return search(query, *args, **kwargs)
        finally:
            feedback.pop(query, None)

    engine.search, engine.query_vector = two_pass, fed_back  # type: ignore[method-assign]
    try:
        yield
    finally:
        del engine.search, engine.query_vector


@contextmanager
def rm3(engine: Engine, weight: float = 0.5, top: int = 3, n_terms: int = 10) -> Iterator[None]:
    search, bridge_scores = engine.search, retriever_module.bridge_scores
    added: dict[str, list[str]] = {}

    def with_terms(retriever: Any, query: str) -> Any:
        base = bridge_scores(retriever, query)
        terms = added.get(query)
        return base + weight * retriever.bm25.scores(terms) / len(terms) if terms else base

    def two_pass(query: str, *args: Any, **kwargs: Any) -> Any:
        if kwargs.get("mode") in (None, "hybrid") and query not in added:
            first = search(query, *args, **{**kwargs, "k": 10})
            agree = [h for h in first if (h.bm25_rank or 99) <= 10 and (h.dense_rank or 99) <= 10]
            added[query] = _feedback_terms(engine, query, agree[:top], n_terms)
        try:
            return search(query, *args, **kwargs)
        finally:
            added.pop(query, None)

    engine.search = two_pass  # type: ignore[method-assign]
    retriever_module.bridge_scores = with_terms
    try:
        yield
    finally:
        del engine.search
        retriever_module.bridge_scores = bridge_scores


def _feedback_terms(engine: Engine, query: str, hits: list[Any], n_terms: int) -> list[str]:
    """The ``n_terms`` indexed terms of highest tf-idf in ``hits`` that ``query`` lacks."""
    own = set(engine.analyzer.tokenize_query(query, engine.bm25.terms))
    idf = engine.bm25.idf
    weights: Counter[str] = Counter()
    for hit in hits:
        tokens = engine.analyzer.tokenize(hit.chunk.text)
        for term, count in Counter(tokens).items():
            if term not in own and term in engine.bm25.terms:
                weights[term] += count / max(len(tokens), 1) * idf[term]
    return [t for t, _ in weights.most_common(n_terms)]


@contextmanager
def centered(engine: Engine) -> Iterator[None]:
    chunk_vectors = np.asarray(engine.vectors.vectors(), dtype=np.float32)
    statements = np.asarray(engine.statement_vectors, dtype=np.float32)
    mean = np.concatenate([chunk_vectors, statements]).mean(axis=0)
    saved_rows, saved_statements = engine.vectors._vectors, engine.statement_vectors  # type: ignore[attr-defined]
    query_vector = engine.query_vector
    engine.vectors._vectors = _normalised(chunk_vectors - mean)  # type: ignore[attr-defined]
    engine.statement_vectors = _normalised(statements - mean)
    engine.query_vector = lambda q: _normalised(query_vector(q) - mean)  # type: ignore[method-assign]
    try:
        yield
    finally:
        engine.vectors._vectors, engine.statement_vectors = saved_rows, saved_statements  # type: ignore[attr-defined]
        del engine.query_vector


@contextmanager
def known_share(engine: Engine) -> Iterator[None]:
    fuse, settings = engine._fuse, engine.settings

    def share(query: str) -> float:
        counted = [engine.analyzer.tokenize_query(w, engine.bm25.terms) for w in query_words(query)]
        counted = [terms for terms in counted if terms]
        known = sum(any(t in engine.bm25.terms for t in terms) for terms in counted)
        return known / len(counted) if counted else 1.0

    def weighted(rankings: Any, k: int, mode: str, query: str = "", *rest: Any) -> Any:
        alpha, s = settings.convex_alpha, share(query)
        engine.settings = settings.replace(convex_alpha=alpha / (alpha + (1 - alpha) * s))
        try:
            return fuse(rankings, k, mode, query, *rest)
        finally:
            engine.settings = settings

    engine._fuse = weighted  # type: ignore[method-assign]
    try:
        yield
    finally:
        del engine._fuse


@contextmanager
def dense_keep(engine: Engine, top: int = 3, slack: int = 2, min_words: int = 3) -> Iterator[None]:
    guarantee, dense_ranking = fused_module.lexical_guarantee, engine._dense_ranking
    last: dict[str, Any] = {}

    def remembered(*args: Any, **kwargs: Any) -> Any:
        last["dense"] = dense_ranking(*args, **kwargs)
        return last["dense"]

    def kept(retriever: Any, fused: Any, matched: set[int], query: str) -> Any:
        ranked = guarantee(retriever, fused, matched, query)
        dense = last.get("dense") or []
        if len(query_words(query)) < min_words:
            return ranked
        due = {
            doc: place + 1 + slack
            for place, (doc, _) in enumerate(dense[:top])
            if doc not in matched and retriever._paddable[doc]
        }
        rest, pending, out = [d for d, _ in ranked if d not in due], sorted(due, key=due.get), []
        while rest or pending:
            take_dense = pending and (due[pending[0]] <= len(out) + 1 or not rest)
            out.append(pending.pop(0) if take_dense else rest.pop(0))
        return [(doc, 10.0 - 1e-3 * i) for i, doc in enumerate(out)]

    engine._dense_ranking = remembered  # type: ignore[method-assign]
    fused_module.lexical_guarantee = kept
    try:
        yield
    finally:
        del engine._dense_ranking
        fused_module.lexical_guarantee = guarantee


@contextmanager
def alpha_by_language(engine: Engine, nl: float = 0.4, en: float = 0.4) -> Iterator[None]:
    fuse, settings = engine._fuse, engine.settings

    def weighted(rankings: Any, k: int, mode: str, query: str = "", *rest: Any) -> Any:
        engine.settings = settings.replace(convex_alpha=en if is_english(query) else nl)
        try:
            return fuse(rankings, k, mode, query, *rest)
        finally:
            engine.settings = settings

    engine._fuse = weighted  # type: ignore[method-assign]
    try:
        yield
    finally:
        del engine._fuse


@contextmanager
def dense_dutch(engine: Engine, how: str = "max", weight: float = 1.0) -> Iterator[None]:
    """A second dense query for an English question: its Dutch glossary terms and dictionary
    bridge words (FreeDict) as one text, embedded and searched; each chunk's dense score is the
    max (or the mean, ``weight`` the Dutch one's share) of the two rankings' scores."""
    dense_ranking = engine._dense_ranking

    def two_queries(query: str, depth: int, allowed: Any, extra: Any = ()) -> Any:
        first = dense_ranking(query, depth, allowed, extra)
        dutch = " ".join(dict.fromkeys([*extra, *bridged_words(engine, query)]))
        if not first or not is_english(query) or not dutch.strip():
            return first
        second = dict(dense_ranking(dutch, depth, allowed, ()))
        own = dict(first)
        if not second:
            return first
        low = min([*own.values(), *second.values()])
        merged = {}
        for doc in own.keys() | second.keys():
            a, b = own.get(doc, low), second.get(doc, low)
            merged[doc] = max(a, b) if how == "max" else (a + weight * b) / (1 + weight)
        return sorted(merged.items(), key=lambda item: (-item[1], item[0]))[:depth]

    engine._dense_ranking = two_queries  # type: ignore[method-assign]
    try:
        yield
    finally:
        del engine._dense_ranking


@contextmanager
def sentence_window(engine: Engine, side: float = 0.5) -> Iterator[None]:
    """Sentence-window dense scores: each statement's vector plus ``side`` times its
    neighbours' in the same chunk (normalised), so a statement that answers with the one
    before or after it scores as the pair."""
    saved = engine.statement_vectors
    vectors = np.asarray(saved, dtype=np.float32)
    windowed = vectors.copy()
    offsets = engine.statement_offsets
    for start, end in itertools.pairwise(offsets):
        for i in range(start, end):
            for j in (i - 1, i + 1):
                if start <= j < end:
                    windowed[i] += side * vectors[j]
    engine.statement_vectors = _normalised(windowed)
    try:
        yield
    finally:
        engine.statement_vectors = saved


PROBES: dict[str, Callable[[Engine], Any]] = {
    "e5-symmetric": e5_symmetric,
    "dense-prf": dense_prf,
    "rm3": rm3,
    "centered": centered,
    "known-share": known_share,
    "dense-keep": dense_keep,
    "alpha-nl-0.3": partial(alpha_by_language, nl=0.3),
    "alpha-nl-0.6": partial(alpha_by_language, nl=0.6),
    "alpha-en-0.5": partial(alpha_by_language, en=0.5),
    "dense-dutch-max": dense_dutch,
    "dense-dutch-mean": partial(dense_dutch, how="mean"),
    "dense-dutch-mean-0.5": partial(dense_dutch, how="mean", weight=0.5),
    "sentence-window-0.5": sentence_window,
    "sentence-window-0.25": partial(sentence_window, side=0.25),
    "window-text-2": extra_statement_rows,
    "window-short-8": partial(extra_statement_rows, short=8),
    "title-field": partial(extra_statement_rows, how="title"),
    "query-as-passage": query_as_passage,
    "sentence-rows": partial(extra_statement_rows, how="sentences"),
}


def _runs(engine: Engine, second: tuple[Path, ...] = (HOLDOUT,)) -> dict[str, Report]:
    sets = {
        "dev": load_questions(HERE / "questions.jsonl", "dev"),
        "holdout": [q for path in second for q in load_questions(path, "all")],
    }
    return {name: evaluate(engine, qs, answers=False, progress=False) for name, qs in sets.items()}


def _line(name: str, runs: dict[str, Report], base: dict[str, Report] | None) -> str:
    cells = [name]
    for split in ("dev", "holdout"):
        report = runs[split]
        para = report.by_type.get("paraphrase", {}).get("R@5", float("nan"))
        p = ""
        if base is not None:
            c = compare(base[split].per_question, report.per_question).metrics
            p = f"{next(m.p_value for m in c if m.metric == 'nDCG@10'):.3f}"
        cells += [f"{report.overall['R@5']:.3f}", f"{report.overall['nDCG@10']:.3f}", p]
        if split == "dev":
            cells.append(f"{para:.3f}")
    return "| " + " | ".join(cells) + " |"


def main(argv: list[str] | None = None) -> int:
    """Print one table row per probe (and the default's)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", nargs="*", choices=sorted(PROBES), help="these probes only")
    parser.add_argument(
        "--second",
        type=Path,
        nargs="+",
        default=[HOLDOUT],
        help="the second set's files (columns headed holdout; e.g. eval/paraphrases.jsonl)",
    )
    parser.add_argument("--mode", choices=["hybrid", "dense"], default="hybrid", help="search mode")
    parser.add_argument(
        "--under", choices=sorted(PROBES), help="a probe held on under each probe's row"
    )
    args = parser.parse_args(argv)
    if any(path.resolve() == (HERE / "questions.jsonl").resolve() for path in args.second):
        parser.error("--second: eval/questions.jsonl holds the test split; dev is measured already")
    engine = Engine.load(progress=False)
    engine.settings = engine.settings.replace(mode=args.mode)
    print(
        "| probe | dev R@5 | dev nDCG@10 | p | dev para R@5 | holdout R@5 | holdout nDCG@10 | p |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    base = _runs(engine, tuple(args.second))
    print(_line(f"default ({args.mode})", base, None), flush=True)
    for name in args.only or PROBES:
        with (
            PROBES[args.under or name](engine),
            PROBES[name](engine) if args.under else nullcontext(),
        ):
            label = f"{args.under} + {name}" if args.under else name
            print(_line(label, _runs(engine, tuple(args.second)), base), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
