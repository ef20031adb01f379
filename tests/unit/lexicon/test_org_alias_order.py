"""The organisation table's alias patterns do not depend on the hash seed (aliases of equal
length were in set order, so the regex and the cached patterns differed between runs)."""

from __future__ import annotations

import os
import subprocess
import sys

_PRINT = (
    "from lrt_search.lexicon.organisations import OrgTable\n"
    "t = OrgTable.default()\n"
    "print('|'.join(t._text_parts)); print('|'.join(t._query_aliases))\n"
)


def test_alias_patterns_are_the_same_under_every_hash_seed() -> None:
    outputs = set()
    for seed in ("1", "2", "3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run(
            [sys.executable, "-c", _PRINT], capture_output=True, text=True, check=True, env=env
        )
        outputs.add(proc.stdout)
    assert len(outputs) == 1
