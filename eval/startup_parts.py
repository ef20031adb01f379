#!/usr/bin/env python
"""Three parts of a CLI start-up that issue 19 cut, each measured on its own:

    python eval/startup_parts.py                 # the bundled corpus, its index in index/
    python eval/startup_parts.py --runs 9 --index /tmp/idx --corpus corpus

1. **Patterns compiled at import** by our modules (``re`` compilations counted in a fresh
   process while the query path is imported), for ``search`` and for ``ask``, per module.
2. **Bundled TOML**: parsing every file of ``lrt_search/lexicon/data`` against reading the
   parsed copies (:func:`lrt_search.lexicon.datafiles.bundled_toml`), CPU ms, best of 5.
3. **Teardown**: CPU seconds of ``search``/``ask``/``decisions`` run by ``main()`` (the
   console script: the process ends without the interpreter's teardown) and by
   ``main(argv)`` (SystemExit: the interpreter tears down), in turn, median of ``--runs``.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench.measure import child_env

QUERY = "wat zei het IPO over indeplaatsstelling"
PATHS = {
    "search": (
        "lrt_search.service",
        "lrt_search.interfaces.searching",
        "lrt_search.search.highlight",
    ),
    "ask": ("lrt_search.service", "lrt_search.answer.answering", "lrt_search.interfaces.render"),
}
COUNT = """
import json, sys, time, re._compiler as c
real, seen = c.compile, {}
def counting(p, flags=0):
    f = sys._getframe(1)
    while f is not None and f.f_globals.get('__name__', '').split('.')[0] in ('re', 'functools'):
        f = f.f_back
    started = time.perf_counter()
    out = real(p, flags)
    name = f.f_globals.get('__name__', '') if f is not None else ''
    if name.startswith('lrt_search'):
        n, ms = seen.get(name, (0, 0.0))
        seen[name] = (n + 1, ms + (time.perf_counter() - started) * 1000)
    return out
c.compile = counting
for m in sys.argv[1:]:
    __import__(m)
print(json.dumps(seen))
"""
RUN = "import sys\nfrom lrt_search.interfaces.cli import main\nmain({})\n"


def compiled_at_import(modules: tuple[str, ...]) -> dict[str, tuple[int, float]]:
    """Patterns (count, ms) compiled per module of ours while ``modules`` are imported."""
    proc = subprocess.run(
        [sys.executable, "-c", COUNT, *modules], capture_output=True, text=True, check=True
    )
    return {k: tuple(v) for k, v in json.loads(proc.stdout).items()}  # type: ignore[misc]


def toml_ms() -> tuple[float, float]:
    """CPU ms to parse every bundled TOML file, and to read them through their copies."""
    from lrt_search.lexicon.datafiles import DATA_DIR, bundled_text, bundled_toml, parse_toml

    names = sorted(p.name for p in DATA_DIR.glob("*.toml"))
    for name in names:
        bundled_toml(name)  # writes the copies if bytecode may be written
    parse, cached = [], []
    for _ in range(5):
        started = time.process_time()
        for name in names:
            parse_toml(name, bundled_text(name))
        parse.append(time.process_time() - started)
        started = time.process_time()
        for name in names:
            bundled_toml(name)
        cached.append(time.process_time() - started)
    return min(parse) * 1000, min(cached) * 1000


def cpu(args: list[str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(args, stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL, env=child_env())
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--index", type=Path, default=Path("index"))
    parser.add_argument("--corpus", type=Path, default=Path("corpus"))
    args = parser.parse_args()
    print("1. patterns compiled by our modules at import")
    for command, modules in PATHS.items():
        seen = compiled_at_import(modules)
        total = sum(n for n, _ in seen.values()), sum(ms for _, ms in seen.values())
        top = ", ".join(
            f"{k.removeprefix('lrt_search.')} {n}"
            for k, (n, _) in sorted(seen.items(), key=lambda kv: -kv[1][0])[:6]
        )
        print(f"  {command}: {total[0]} patterns, {total[1]:.1f} ms ({top})")
    parse, cached = toml_ms()
    print(
        f"2. every bundled TOML file: parsed {parse:.1f} ms, from the parsed copies {cached:.1f} ms"
    )
    print(f"3. CPU s, median of {args.runs}: main() (no teardown) / main(argv) (teardown)")
    where = ["--index", str(args.index), "--corpus", str(args.corpus)]
    for command in ("search", "ask", "decisions"):
        argv = [command, *([] if command == "decisions" else [QUERY]), *where]
        fast, full = [], []
        for _ in range(args.runs):
            fast.append(cpu([sys.executable, "-c", RUN.format(""), *argv]))
            full.append(cpu([sys.executable, "-c", RUN.format("sys.argv[1:]"), *argv]))
        print(
            f"  {command:<10} {statistics.median(fast):.3f} / {statistics.median(full):.3f}"
            f"  (saved {statistics.median(b - a for a, b in zip(fast, full, strict=True)):.3f})"
        )


if __name__ == "__main__":
    main()
