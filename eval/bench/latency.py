"""Warm query latency inside one process: ``engine.search`` per mode, query embedding included."""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from lrt_search.service import Engine

#: Short keyword queries, as people type them into a search box (the rest are questions).
KEYWORD_QUERIES = (
    "indeplaatsstelling",
    "Ter Apel",
    "taakstelling 2023-II",
    "doorstroomlocaties gemeenten",
    "flex homes housing associations",
)


def pick_queries(path: Path, n: int) -> list[str]:
    """``n`` queries: a few keyword queries plus questions spread over the question file."""
    keywords = list(KEYWORD_QUERIES[: max(0, min(len(KEYWORD_QUERIES), n // 6))])
    questions = [
        json.loads(line)["question"]
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    wanted = n - len(keywords)
    step = len(questions) / wanted
    return [questions[int(i * step)] for i in range(wanted)] + keywords


def stats_ms(seconds: Sequence[float]) -> dict[str, float]:
    """p50/p95 in milliseconds."""
    ms = np.asarray(seconds, dtype=np.float64) * 1000
    return {
        "p50_ms": round(float(np.percentile(ms, 50)), 2),
        "p95_ms": round(float(np.percentile(ms, 95)), 2),
        "n": len(ms),
    }


def search_latency(
    engine: Engine, queries: Sequence[str], mode: str, repeats: int
) -> dict[str, float]:
    """Warm latency of ``engine.search`` (one untimed pass, then ``repeats`` passes); the query
    embedding cache is cleared before every search, so dense and hybrid include embedding."""
    for query in queries:
        engine.clear_query_cache()
        engine.search(query, k=10, mode=mode)
    times: list[float] = []
    for _ in range(repeats):
        for query in queries:
            engine.clear_query_cache()
            started = time.perf_counter()
            hits = engine.search(query, k=10, mode=mode)
            times.append(time.perf_counter() - started)
            if not hits:
                raise RuntimeError(f"sanity: {mode} search for {query!r} returned nothing")
    return stats_ms(times)


def latency_suite(engine: Engine, queries: Sequence[str], repeats: int) -> dict[str, Any]:
    """Warm p50/p95 of bm25, dense and hybrid search."""
    return {
        mode: search_latency(engine, queries, mode, repeats) for mode in ("bm25", "dense", "hybrid")
    }
