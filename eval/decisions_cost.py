#!/usr/bin/env python
"""``lrt-search decisions`` against its register floor (a script that reads the same stored
rows and prints them unwrapped and unchecked: ``bench.measure.REGISTER_FLOOR_SCRIPT``), run
in turn, on an index such as the 100k synthetic one of ``eval/bench.py``:

    python eval/decisions_cost.py --index /tmp/index-100k --runs 5

Prints the wall and CPU seconds (median, min, max) of both and their ratios, as JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import measure

from lrt_search.index.store import current_generation


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    facts = current_generation(args.index) / "facts.sqlite"
    with tempfile.TemporaryDirectory() as empty:  # no corpus files: a synthetic index is fresh
        where = ["--index", str(args.index), "--corpus", empty]
        command = [*measure.cli_command(), "decisions", *where]
        result = measure.paired(command, measure.register_floor_command(facts), args.runs)
    result["load"] = measure.machine_load()
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
