#!/usr/bin/env python
"""Every answer of ``ask`` in full (what ``lrt-search ask --json`` prints) on the non-test
answer sets, to show that a change for speed leaves the answers as they were:

    python eval/ask_outputs.py /tmp/before.jsonl                 # dev + generated
    python eval/ask_outputs.py /tmp/after.jsonl --sets dev,probes
    python eval/ask_outputs.py --compare /tmp/before.jsonl /tmp/after.jsonl

One JSON line per question (set, id, question, ``Answer.to_dict()``), in one process on the
index of the default settings (built when missing). ``--compare`` prints the questions whose
answers differ and exits 1 when any does. The test split is never asked.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from answer_sets import SETS, config_settings, sets_parser

from lrt_search import Settings
from lrt_search.evaluation import engine_for, load_questions


def write(path: Path, sets: list[str], settings: Settings) -> int:
    """Ask every question of ``sets`` and write the answers to ``path``; returns the count."""
    engine = engine_for(settings, progress=False)
    n = 0
    started = time.process_time()
    with path.open("w", encoding="utf-8") as out:
        for name in sets:
            file, split = SETS[name]
            for q in load_questions(file, split):
                answer = engine.ask(q.question).to_dict()
                record = {"set": name, "id": q.id, "question": q.question, "answer": answer}
                out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
                n += 1
    print(f"{n} answers in {time.process_time() - started:.1f} s CPU -> {path}")
    return n


def compare(a: Path, b: Path) -> int:
    """The questions whose answers differ between ``a`` and ``b``; 1 when any does."""
    read = [
        {(r["set"], r["id"]): r for r in map(json.loads, p.read_text("utf-8").splitlines())}
        for p in (a, b)
    ]
    differ = sorted(k for k in read[0].keys() | read[1].keys() if read[0].get(k) != read[1].get(k))
    for key in differ:
        print(f"differs: {key[0]} {key[1]}: {(read[0].get(key) or read[1][key])['question']}")
    print(f"{len(read[0])} / {len(read[1])} answers, {len(differ)} differ")
    return 1 if differ else 0


def main() -> int:
    parser = sets_parser(__doc__, "dev,generated")
    parser.add_argument("out", type=Path, nargs="?")
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("A", "B"))
    args = parser.parse_args()
    if args.compare:
        return compare(*args.compare)
    if args.out is None:
        parser.error("give the output file, or --compare A B")
    sets = args.sets.split(",")
    if unknown := sorted(set(sets) - set(SETS)):
        parser.error(f"unknown sets: {', '.join(unknown)}")
    write(args.out, sets, config_settings(args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
