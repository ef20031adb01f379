#!/usr/bin/env python
"""The output of ``lrt-search search``/``ask``/``decisions`` on a fixed set of command lines,
one file per command line, to compare two versions of the code byte for byte (start-up work
must not change a byte of what the commands print).

    python eval/cli_snapshot.py /tmp/after --index index
    cd /tmp && PYTHONPATH=<a worktree of the old commit> python <this script> /tmp/before \\
        --index <its own copy of the index>
    diff -r /tmp/before /tmp/after

The command lines: every ``--every``-th dev question of ``eval/questions.jsonl`` (never the
test split) as ``search`` and as ``ask``, in text and ``--json``, a few with filters; and
``decisions`` in its four formats, both languages and with filters. Exit codes and stderr
are kept too.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

DECISIONS = [
    [],
    ["--lang", "en"],
    ["--format", "json"],
    ["--format", "csv", "--csv-sep", ";"],
    ["--format", "md", "--lang", "en"],
    ["--kind", "action", "--org", "VNG"],
    ["--since", "2023", "--until", "najaar 2023"],
    ["--meeting", "2023-11-03", "--kind", "decision"],
]
FILTERS = [[], ["--json"], ["-k", "3", "--org", "IPO"], ["--since", "2023-01-01", "--json"]]


def command_lines(every: int) -> list[list[str]]:
    """The command lines (without the program and the --index/--corpus options)."""
    rows = (ROOT / "eval" / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    dev = [json.loads(r)["question"] for r in rows if r.strip()]
    dev = [q for q, r in zip(dev, rows, strict=True) if json.loads(r)["split"] == "dev"]
    lines = [["decisions", *d] for d in DECISIONS]
    for i, question in enumerate(dev[::every]):
        extra = FILTERS[i % len(FILTERS)]
        lines += [["search", question, *extra], ["ask", question, *extra]]
    lines += [["search", '"Ter Apel" -gemeenten date:2023', "-k", "2"], ["ask", "spreidinswet"]]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder for the outputs (created)")
    parser.add_argument("--index", type=Path, default=ROOT / "index")
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--every", type=int, default=8, help="every n-th dev question")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    where = ["--index", str(args.index), "--corpus", str(args.corpus)]
    cli = [sys.executable, "-m", "lrt_search.interfaces.cli"]
    lines = command_lines(args.every)
    for number, line in enumerate(lines, start=1):
        proc = subprocess.run([*cli, *line, *where], capture_output=True, text=True)
        record = f"$ {line}\nexit {proc.returncode}\n--- stderr\n{proc.stderr}--- stdout\n"
        (args.out / f"{number:03d}.txt").write_text(record + proc.stdout, encoding="utf-8")
    print(f"{len(lines)} command lines written to {args.out}")


if __name__ == "__main__":
    main()
