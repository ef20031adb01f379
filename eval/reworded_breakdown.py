"""The reworded set's figures by question form, way of rewording and language, from a dump of
``eval/answer_sets.py``:

    python eval/answer_sets.py --sets reworded --dump run.json
    python eval/reworded_breakdown.py run.json

Per group: answerable answered with gold / answerable, false abstentions, unanswerable abstained.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    """Print the table for the dump named on the command line."""
    dump = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    lines = (HERE / "generated_reworded.jsonl").read_text(encoding="utf-8").splitlines()
    questions = {q["id"]: q for q in map(json.loads, lines)}
    for field in ("form", "how", "lang"):
        groups: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
        for key, r in dump.items():
            if not key.startswith("reworded:"):
                continue
            g = groups[str(questions[r["id"]][field])]
            if r["answerable"]:
                g[0] += bool(r["has_gold"]) and not r["abstained"]
                g[1] += 1
                g[2] += bool(r["abstained"])
            else:
                g[3] += bool(r["abstained"])
                g[4] += 1
        print(f"by {field}: group  gold quoted  false abstentions  unanswerable abstained")
        for name, (gold, n, false, done, m) in sorted(groups.items()):
            print(f"  {name:11} {gold}/{n}  {false}/{n}  {done}/{m}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
