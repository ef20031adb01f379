"""CPU of a CLI ``ask`` per kind of question on a kept synthetic index, against the bench's
floor in the same run, and its peak memory (issue 19; session 23 task A3).

    python eval/ask_floor.py --keep DIR [--kinds a,b] [--runs 2] [--package A --package B]

``DIR`` is a synthetic index kept by ``eval/ask_first.py --keep DIR`` (``DIR/index``,
``DIR/empty-corpus``). Per question of :data:`ask_first.QUESTIONS` (only ``--kinds`` when
given), the floor (:data:`bench.measure.FLOOR_SCRIPT` on the index's vectors: imports, model,
one embedding and one FAISS search) and ``lrt-search ask Q --index DIR/index --corpus
DIR/empty-corpus`` of each ``--package`` (a checkout put first on ``PYTHONPATH``; default:
this one) run in turn (floor, A, B, floor, A, B, ...) after one warm-up each; prints the CPU seconds
(user + system) median (min) and its ratio to the floor's median, and the peak memory
(``ru_maxrss``) of one more run of each.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

from ask_first import QUESTIONS  # the script's folder is on the path
from bench.measure import floor_command, peak_rss_mib, run_once

from lrt_search.index.store import current_generation


def _ask(package: Path, keep: Path, question: str) -> list[str]:
    command = [sys.executable, "-m", "lrt_search.interfaces.cli", "ask", question]
    command += ["--index", str(keep / "index"), "--corpus", str(keep / "empty-corpus")]
    # run from the package's folder: ``python -m`` puts the working folder first on the path
    return ["env", "-C", str(package), f"PYTHONPATH={package}", *command]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--keep", type=Path, required=True)
    parser.add_argument("--kinds", default="")
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--package", type=Path, action="append", default=[])
    args = parser.parse_args()
    os.environ.pop("PYTHONPATH", None)  # each side's own package only
    kinds = set(filter(None, args.kinds.split(",")))
    args.keep = args.keep.resolve()
    packages = [p.resolve() for p in args.package] or [Path(__file__).resolve().parents[1]]
    vectors = current_generation(args.keep / "index") / "vectors.npy"
    for kind, question in QUESTIONS:
        if kinds and kind not in kinds:
            continue
        commands = [floor_command(vectors, question)]
        commands += [_ask(p, args.keep, question) for p in packages]
        for command in commands:  # warm-up
            run_once(command)
        cpu: list[list[float]] = [[] for _ in commands]
        for _ in range(args.runs):
            for i, command in enumerate(commands):
                cpu[i].append(run_once(command)[1])
        floor = statistics.median(cpu[0])
        cells = [f"floor {floor:.3f} ({min(cpu[0]):.3f}) {peak_rss_mib(commands[0]):.0f} MiB"]
        for package, runs, command in zip(packages, cpu[1:], commands[1:], strict=True):
            name = package.name
            median = statistics.median(runs)
            cells.append(
                f"{name} {median:.3f} ({min(runs):.3f}) {median / floor:.2f}x "
                f"{peak_rss_mib(command):.0f} MiB"
            )
        print(f"{kind}: " + " | ".join(cells), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
