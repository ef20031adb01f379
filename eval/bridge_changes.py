"""Which questions' dictionary bridges (``expanded: ...``) a configuration changes.

    python eval/bridge_changes.py CONFIG.toml [--show N]

Reads every question of ``eval/*.jsonl`` except the test split and the held-out sets (files
named ``*holdout*`` or ``*_source*``: only measured, never read), and prints how many have other
bridged words (search/bridges.py) under ``CONFIG`` than under the default, with the first
``--show`` of them and the words only one side bridges. Used for rule ``bridge_skips_framing``
(``eval/configs/no-bridge-skips-framing.toml``).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from lrt_search.config import Settings
from lrt_search.search.bridges import bridged_words
from lrt_search.service import Engine

HERE = Path(__file__).resolve().parent
#: Files never read: the held-out halves and the sources they were split from.
HELD_OUT = re.compile(r"holdout|_source")


def questions() -> list[str]:
    """The distinct non-test, non-held-out questions of eval/*.jsonl, in file order."""
    seen: dict[str, None] = {}
    for path in sorted(p for p in HERE.glob("*.jsonl") if not HELD_OUT.search(p.name)):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            if row.get("split") != "test" and isinstance(row.get("question"), str):
                seen.setdefault(row["question"], None)
    return list(seen)


def main() -> None:
    """Print the count and examples of questions whose bridged words differ."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("config", type=Path)
    parser.add_argument("--show", type=int, default=12)
    args = parser.parse_args()
    engine = Engine.load(progress=False)
    other = engine.with_settings(Settings.from_toml(args.config, base=engine.settings))
    asked = questions()
    changed = []
    for question in asked:
        mine, theirs = set(bridged_words(engine, question)), set(bridged_words(other, question))
        if mine != theirs:
            changed.append((question, sorted(theirs - mine), sorted(mine - theirs)))
    print(f"{len(changed)} of {len(asked)} questions bridge other words under {args.config.name}")
    for question, only_config, only_default in changed[: args.show]:
        print(f"- {question!r}: only {args.config.stem}: {only_config}; default: {only_default}")


if __name__ == "__main__":
    main()
