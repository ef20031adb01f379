#!/usr/bin/env python
"""Warm query latency of the default against a configuration without a feature, paired.

    python eval/bench_feature.py eval/configs/no-bridges.toml [--queries 24 --rounds 5]

Both engines share one loaded index; each round times every query on both, in alternating
order (so machine load hits both alike), with the query embedding cache cleared before every
search, as ``eval/bench.py`` does. Prints p50/p95 of hybrid search per configuration, their
ratio, and the one-off cost of loading the FreeDict dictionaries (first bridged search).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench.latency import pick_queries, stats_ms

from lrt_search.config import Settings
from lrt_search.lexicon.freedict import english_to_dutch
from lrt_search.service import Engine

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("config", type=Path, help="the configuration without the feature")
    parser.add_argument("--queries", type=int, default=24)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    queries = pick_queries(HERE / "questions.jsonl", args.queries)
    base = Engine.load(settings=Settings(), progress=False)
    engines = {
        "default": base,
        args.config.stem: base.with_settings(Settings.from_toml(args.config)),
    }
    started = time.perf_counter()
    english_to_dutch("peace")  # FreeDict read and parsed once per process
    dictionary = time.perf_counter() - started
    for engine in engines.values():
        engine.search(queries[0], k=10)  # untimed warm-up
    times: dict[str, list[float]] = {name: [] for name in engines}
    for r in range(args.rounds):
        order = list(engines) if r % 2 == 0 else list(reversed(engines))
        for query in queries:
            for name in order:
                engines[name].clear_query_cache()
                started = time.perf_counter()
                engines[name].search(query, k=10)
                times[name].append(time.perf_counter() - started)
    stats = {name: stats_ms(t) for name, t in times.items()}
    for name, s in stats.items():
        print(f"{name:<20} hybrid p50 {s['p50_ms']:7.2f} ms  p95 {s['p95_ms']:7.2f} ms")
    other = args.config.stem
    print(
        f"ratio default/{other}: p50 {stats['default']['p50_ms'] / stats[other]['p50_ms']:.2f}, "
        f"p95 {stats['default']['p95_ms'] / stats[other]['p95_ms']:.2f}"
    )
    print(f"one-off: FreeDict loaded in {dictionary * 1000:.0f} ms (first bridged search)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
