"""The floors ``eval/bench.py`` measures the CLI against do the work they stand for: the
register floor prints every entry ``lrt-search decisions`` prints, with the same clauses."""

from __future__ import annotations

import json
import subprocess
import sys

from eval_scripts import EVAL

from lrt_search.index.store import current_generation
from lrt_search.interfaces.cli import main


def test_register_floor_prints_every_entry_of_decisions(built, capsys) -> None:
    if str(EVAL) not in sys.path:
        sys.path.insert(0, str(EVAL))
    from bench import measure  # the package eval/bench/, as eval/bench.py imports it

    facts = current_generation(built.index) / "facts.sqlite"
    proc = subprocess.run(
        measure.register_floor_command(facts), capture_output=True, text=True, check=True
    )
    lines = proc.stdout.splitlines()
    where = ["--corpus", str(built.corpus), "--index", str(built.index)]
    try:
        main(["decisions", "--format", "json", *where])
    except SystemExit as exc:
        assert not exc.code
    entries = json.loads(capsys.readouterr().out)["decisions"]
    assert len(entries) > 20
    assert len(lines) == 3 * len(entries)
    assert [line[4:] for line in lines[1::3]] == [e["text"] for e in entries]
    assert sys.executable == measure.register_floor_command(facts)[0]
