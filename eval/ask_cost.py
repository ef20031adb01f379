"""Warm in-process time of ``Engine.ask`` under two settings, run in turn on the same questions:
what a rule of ``ask`` costs (e.g. ``quote_depth``).

    python eval/ask_cost.py --b eval/configs/quote-depth-off.toml [--a F.toml] [--sets dev]
                            [--rounds 2]

Each question is asked once under each setting first (caches warm), then ``--rounds`` times
A, B, A, B, ...; printed: median and mean per setting and the median of the per-question
ratios B / A. The test split is never run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from answer_sets import SETS  # the script's folder is on the path

from lrt_search import Settings
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.service import Engine


def _settings(path: Path | None) -> Settings:
    return Settings.from_toml(path) if path else Settings()


def _timed(engine: Engine, question: str) -> float:
    start = time.perf_counter()
    engine.ask(question)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--a", type=Path, default=None, help="settings A (default: defaults)")
    parser.add_argument("--b", type=Path, required=True, help="settings B")
    parser.add_argument("--sets", default="dev")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    base = engine_for(Settings(), progress=False)
    a, b = (base.with_settings(_settings(p)) for p in (args.a, args.b))
    questions = [q.question for name in args.sets.split(",") for q in load_questions(*SETS[name])]
    for q in questions:
        a.ask(q), b.ask(q)
    times: dict[str, list[float]] = {"A": [], "B": []}
    ratios = []
    for _ in range(args.rounds):
        for q in questions:
            ta, tb = _timed(a, q), _timed(b, q)
            times["A"].append(ta)
            times["B"].append(tb)
            ratios.append(tb / ta)
    for name, values in times.items():
        print(
            f"{name}: median {statistics.median(values) * 1000:.1f} ms, "
            f"mean {statistics.mean(values) * 1000:.1f} ms ({len(values)} asks)"
        )
    print(f"B / A per question, median: {statistics.median(ratios):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
