"""Ask only the questions a change can affect and compare them with a dump (issue 16 task E2).

    python eval/affected_ask.py AFFECTED.txt BASE.json OUT.json [--config FILE.toml]

AFFECTED.txt: one line per set, "<set> <n> <id><flags> ..." (flags: R, G, then A or U), as
written by a reading-only scan (no ``ask``). Held-out sets are refused (``held_out``). Prints
every question whose abstention, reason or gold changed, and per set the figures of those
questions before -> after.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import asdict
from pathlib import Path

from answer_sets import SETS, held_out  # the script's folder is on the path

from lrt_search.config import Settings
from lrt_search.evaluation import engine_for, load_questions
from lrt_search.evaluation.runner import ask_all


def parse_affected(text: str) -> list[tuple[str, set[str]]]:
    """(set name, question ids) of each AFFECTED line "<set> <n> <id><flags> ..." (the flags
    R, G, A/U stripped); lines of fewer than two words are skipped."""
    parsed = []
    for line in text.splitlines():
        if len(line.split()) < 2:
            continue
        name, _, *items = line.split()
        parsed.append((name, {re.sub(r"R?G?[AU]$", "", i) for i in items}))
    return parsed


def main() -> int:
    affected, base_file, out_file = (Path(a) for a in sys.argv[1:4])
    settings = Settings()
    if "--config" in sys.argv:
        settings = Settings.from_toml(sys.argv[sys.argv.index("--config") + 1])
    base = json.loads(base_file.read_text(encoding="utf-8"))
    engine = engine_for(settings, progress=False)
    out: dict[str, dict] = {}
    for name, ids in parse_affected(affected.read_text(encoding="utf-8")):
        if held_out(name) or name not in SETS:
            continue
        path, split = SETS[name]
        questions = [q for q in load_questions(path, split) if q.id in ids]
        _, records = ask_all(engine, questions, progress=False)
        for r in records:
            now = asdict(r)
            out[f"{name}:{r.id}"] = now
            was = base.get(f"{name}:{r.id}")
            keys = ("abstained", "has_gold", "reason_code")
            if was is None or any(was[k] != now[k] for k in keys):
                before = {k: was[k] for k in keys} if was else None
                print(
                    name,
                    r.id,
                    "A" if r.answerable else "U",
                    before,
                    "->",
                    {k: now[k] for k in keys},
                    flush=True,
                )
    out_file.write_text(json.dumps(out, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
