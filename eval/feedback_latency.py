"""Warm hybrid search latency of the pseudo-relevance feedback rules (search/feedback.py)
against the default, on the bundled corpus, with the dev questions as queries.

    python eval/feedback_latency.py [CONFIG.toml ...]   (default: eval/configs/feedback-*.toml)

The default and each configuration are timed in turn, ``--rounds`` times, each round one
untimed pass and ``--repeats`` timed passes of ``engine.search(question, k=10)`` with the query
embedding cache cleared before every search (eval/bench/latency.py); it prints the median of
the rounds' p50 and the ratio to the default's. Test is never used.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench.latency import search_latency  # noqa: E402

from lrt_search.config import Settings  # noqa: E402
from lrt_search.evaluation import load_questions  # noqa: E402
from lrt_search.service import Engine  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Print one row per configuration: warm hybrid p50 (ms) and its ratio to the default."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("configs", nargs="*", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args(argv)
    configs = args.configs or sorted((HERE / "configs").glob("feedback-*.toml"))
    engine = Engine.load(progress=False)
    queries = [q.question for q in load_questions(HERE / "questions.jsonl", "dev")]
    engines = {"default": engine}
    for path in configs:
        engines[path.stem] = engine.with_settings(Settings.from_toml(path, base=engine.settings))
    p50: dict[str, list[float]] = {name: [] for name in engines}
    for _ in range(args.rounds):
        for name, each in engines.items():
            p50[name].append(search_latency(each, queries, "hybrid", args.repeats)["p50_ms"])
    base = statistics.median(p50["default"])
    print("| config | warm hybrid p50 (ms) | x default |\n|---|---|---|")
    for name, values in p50.items():
        mid = statistics.median(values)
        print(f"| {name} | {mid:.1f} | {mid / base:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
