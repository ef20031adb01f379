#!/usr/bin/env python
"""CPU time of one CLI command under two checkouts of the package, run in turn (A B A B ...),
so a change for speed is measured against the code before it on the same machine state:

    git worktree add /tmp/old <commit>
    python eval/cli_cpu_ab.py --old /tmp/old --old-index /tmp/old-index --runs 11 \\
        ask "wat zei het IPO over indeplaatsstelling"

Each side runs ``python -m lrt_search.interfaces.cli COMMAND ... --index I --corpus C`` in a
fresh process with its checkout first on ``PYTHONPATH`` (bytecode caching on, as an install
has it). Each side needs an index that is fresh for its own code (an index built by the other
side's parser is rebuilt on its first run, which the warm-up run absorbs). Prints the median
and minimum CPU seconds (user + system) of each side and their ratios.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def cpu_seconds(args: list[str], env: dict[str, str]) -> float:
    """User + system CPU seconds of one run of ``args``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(args, env=env, cwd="/", stdout=subprocess.DEVNULL, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--old", type=Path, required=True, help="the other checkout")
    parser.add_argument("--old-index", type=Path, required=True)
    parser.add_argument("--new", type=Path, default=ROOT, help="default: this checkout")
    parser.add_argument("--new-index", type=Path, default=ROOT / "index")
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    sides = {
        "old": (args.old.resolve(), args.old_index.resolve()),
        "new": (args.new.resolve(), args.new_index.resolve()),
    }
    cpu: dict[str, list[float]] = {name: [] for name in sides}
    for run in range(args.runs + 1):  # the first round warms up
        for name, (checkout, index) in sides.items():
            command = [sys.executable, "-m", "lrt_search.interfaces.cli", *args.command]
            command += ["--index", str(index), "--corpus", str(args.corpus.resolve())]
            seconds = cpu_seconds(command, {**base, "PYTHONPATH": str(checkout)})
            if run:
                cpu[name].append(seconds)
    for name, values in cpu.items():
        print(f"{name}: median {statistics.median(values):.3f} s, min {min(values):.3f} s CPU")
    old, new = cpu["old"], cpu["new"]
    print(
        f"new / old: median {statistics.median(new) / statistics.median(old):.3f}, "
        f"min {min(new) / min(old):.3f} ({args.runs} runs each, load {os.getloadavg()[0]:.1f})"
    )


if __name__ == "__main__":
    main()
