"""Compiled patterns kept between console-script runs (``lrt_search.recache``, issue 19): the
kept programs rebuild the very patterns :func:`re.compile` makes, the output of ``ask`` does not
change with the file, and a damaged, foreign or unwritable copy is never used."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from lrt_search import recache

RUN = (
    "import sys\n"
    "from pathlib import Path\n"
    "import lrt_search.recache as r\n"
    "r.CACHE_FILE = Path(sys.argv[1])\n"
    "sys.argv = ['lrt-search', *sys.argv[2:]]\n"
    "from lrt_search.interfaces.cli import main\n"
    "main()\n"
)


def _ask(built, cache: Path, question: str, **env: str) -> str:
    where = ["--corpus", str(built.corpus), "--index", str(built.index)]
    proc = subprocess.run(
        [sys.executable, "-c", RUN, str(cache), "ask", question, *where],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | env,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_kept_patterns_equal_compiled_ones_and_answers_stay(built, tmp_path: Path) -> None:
    cache = tmp_path / "re.marshal"
    questions = ("wat zei het IPO over indeplaatsstelling", "How many asylum seekers in 2023?")
    cold = [_ask(built, cache, q) for q in questions]
    table = recache.read_cache(cache)
    assert len(table) > 50  # the package's patterns of two questions
    for (pattern, flags), parts in table.items():
        fresh = re.compile(pattern, flags)
        rebuilt = recache.rebuilt(parts)
        assert rebuilt == fresh  # pattern, flags and the engine's program
        assert rebuilt.groupindex == fresh.groupindex and rebuilt.groups == fresh.groups
    assert [_ask(built, cache, q) for q in questions] == cold  # built from the kept file


def test_damaged_foreign_or_unwritable_copies_are_not_used(tmp_path: Path) -> None:
    cache = tmp_path / "re.marshal"
    recache.write_cache({("a+b", 0): recache.compile_parts("a+b", 0)}, cache)
    assert list(recache.read_cache(cache)) == [("a+b", 0)]
    raw = bytearray(cache.read_bytes())
    raw[-3] ^= 0xFF
    cache.write_bytes(bytes(raw))
    assert recache.read_cache(cache) == {}  # the CRC fails
    cache.write_bytes(raw[:10])
    assert recache.read_cache(cache) == {}
    foreign = tmp_path / "foreign.marshal"
    recache.write_cache({}, foreign)
    body = foreign.read_bytes()[4:].replace(sys.version.encode(), b"3.0.0")
    foreign.write_bytes(recache.zlib.crc32(body).to_bytes(4, "big") + body)
    assert recache.read_cache(foreign) == {}
    (tmp_path / "file").write_text("")
    recache.write_cache({}, tmp_path / "file" / "re.marshal")  # no folder there: no error
    assert not (tmp_path / "file" / "re.marshal").exists()


def test_nothing_is_written_without_bytecode_caching(built, tmp_path: Path) -> None:
    cache = tmp_path / "re.marshal"
    _ask(built, cache, "wat zei het IPO over indeplaatsstelling", PYTHONDONTWRITEBYTECODE="1")
    assert not cache.exists()
