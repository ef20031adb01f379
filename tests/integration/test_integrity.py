"""Integrity of the index on disk: checksums catch any flipped byte, a build killed at any moment
leaves the last good index answering exactly as before, concurrent builds leave one good index,
and the chunk store reads only what a query needs."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from lrt_search.config import Settings
from lrt_search.errors import IndexStoreError
from lrt_search.index.chunkstore import ChunkStore
from lrt_search.index.store import (
    CURRENT,
    FILES,
    check_index,
    current_generation,
    load_index,
)
from lrt_search.interfaces.cli import main
from lrt_search.service import Engine, build_index

NEW_BULLET = "- IPO pleit voor zonnepanelen op het dak van elke opvanglocatie in Drenthe.\n"
QUERIES = [
    ("what did IPO say about indeplaatsstelling", "hybrid"),
    ("opvang Oekraïense ontheemden", "hybrid"),
    ("taakstelling 2025-II", "bm25"),
    ("zonnepanelen opvanglocatie", "bm25"),
    ("doorstroomlocaties gemeenten", "dense"),
]


def flip(path: Path, position: int) -> None:
    """Flip every bit of one byte of ``path``."""
    data = bytearray(path.read_bytes())
    data[position] ^= 0xFF
    path.write_bytes(bytes(data))


def positions(path: Path, seed: int) -> list[int]:
    size = path.stat().st_size
    rng = random.Random(f"{path.name}-{seed}")
    return sorted({0, size // 2, size - 1, rng.randrange(size), rng.randrange(size)})


def answers(index: Path, corpus: Path, embedder) -> list[list[tuple[str, float]]]:
    """What the index answers to a fixed set of queries (ids and scores, rounded)."""
    settings = Settings(corpus_dir=corpus, index_dir=index)
    engine = Engine.from_stored(settings, load_index(index), embedder)
    return [
        [(h.chunk_id, round(h.score, 5)) for h in engine.search(q, k=8, mode=mode)]
        for q, mode in QUERIES
    ]


# ------------------------------------------------------------------------------ checksums


@pytest.mark.parametrize("name", [*FILES, "manifest.json", CURRENT])
def test_a_flipped_byte_in_any_index_file_is_detected(index_copy, name: str) -> None:
    _, index = index_copy
    generation = current_generation(index)
    path = index / CURRENT if name == CURRENT else generation / name
    original = path.read_bytes()
    for position in positions(path, seed=1):
        flip(path, position)
        with pytest.raises(IndexStoreError) as info:
            load_index(index)
        message = str(info.value)
        assert "\n" not in message
        assert name in message or (name == CURRENT and generation.name in message), message
        with pytest.raises(IndexStoreError):
            check_index(index)
        path.write_bytes(original)
    load_index(index)  # restored: sound again
    assert check_index(index)["chunks"] > 0


@pytest.mark.parametrize("name", ["statement_vectors.npy"])
def test_large_files_get_a_cheap_check_at_load_and_a_full_one_by_check(
    index_copy, name: str
) -> None:
    """Files above ``verify_below`` bytes are checked by size, head and tail at load; a flip in
    the middle of one is found by the full check (``lrt-search index --check``)."""
    _, index = index_copy
    path = current_generation(index) / name
    size = path.stat().st_size
    assert size > 3 * (1 << 16), "the test needs a file longer than head and tail"
    flip(path, 5)
    with pytest.raises(IndexStoreError, match=name.replace(".", r"\.")):
        load_index(index, verify_below=0)
    flip(path, 5)
    flip(path, size // 2)
    load_index(index, verify_below=0)  # the cheap check does not read the middle
    with pytest.raises(IndexStoreError, match=name.replace(".", r"\.")):
        load_index(index)  # a small index is verified in full at every load
    with pytest.raises(IndexStoreError, match=name.replace(".", r"\.")):
        check_index(index)
    path.write_bytes(path.read_bytes()[:-1])
    with pytest.raises(IndexStoreError, match="size"):
        load_index(index, verify_below=0)


def test_index_check_command(index_copy, capsys: pytest.CaptureFixture[str]) -> None:
    _, index = index_copy
    with pytest.raises(SystemExit) as done:
        main(["index", "--check", "--index", str(index)])
    assert done.value.code == 0
    assert ": ok (" in capsys.readouterr().err
    flip(current_generation(index) / "bm25_data.npy", 200)
    with pytest.raises(SystemExit) as done:
        main(["index", "--check", "--index", str(index)])
    assert done.value.code == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("lrt-search: error:") and "bm25_data.npy" in err
    assert len(err.splitlines()) == 1


# -------------------------------------------------------------------------- chunk store


def test_chunks_are_read_on_demand(built) -> None:
    stored = load_index(built.index)
    chunks = stored.chunks
    assert isinstance(chunks, ChunkStore)
    assert len(chunks._cache) == 0  # opening decoded nothing
    engine = Engine.load(corpus=built.corpus, index=built.index, build=False)
    hits = engine.search("indeplaatsstelling", k=3, mode="bm25")
    assert len(hits) == 3
    assert 3 <= len(engine.chunks._cache) < len(engine.chunks)  # only the hits were decoded
    assert engine.chunks[-1] == built.engine.chunks[len(built.engine.chunks) - 1]
    assert list(engine.chunks[2:4]) == [built.engine.chunks[2], built.engine.chunks[3]]
    with pytest.raises(IndexError):
        engine.chunks[len(engine.chunks)]


def test_filter_columns_match_the_chunks(built) -> None:
    chunks = load_index(built.index).chunks
    full = list(chunks)
    assert list(chunks.dates) == [c.meeting_date.toordinal() for c in full]
    assert list(chunks.statement_offsets) == list(
        np.cumsum([0] + [len(c.statements) for c in full])
    )
    ipo = chunks.rows_spoken_by(["IPO"])
    assert list(ipo) == [i for i, c in enumerate(full) if "IPO" in c.speakers]
    assert chunks.row_of(full[7].chunk_id) == 7
    decisions = chunks.statement_rows_of_kind("decision")
    flat = [s for c in full for s in c.statements]
    assert list(decisions) == [i for i, s in enumerate(flat) if s.kind == "decision"]
    assert len(decisions) > 0


# ------------------------------------------------------- killed and concurrent builds

BUILD = (
    "import sys\n"
    "from pathlib import Path\n"
    "from lrt_search.config import Settings\n"
    "from lrt_search.service import build_index\n"
    "build_index(Settings(corpus_dir=Path(sys.argv[1]), index_dir=Path(sys.argv[2])),"
    " progress=False)\n"
)


def start_build(corpus: Path, index: Path) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LRT_")}
    return subprocess.Popen(
        [sys.executable, "-c", BUILD, str(corpus), str(index)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


@pytest.fixture(scope="module")
def after_change(built, tmp_path_factory: pytest.TempPathFactory):
    """The corpus with one new bullet, and what a complete build of it answers."""
    base = tmp_path_factory.mktemp("after")
    corpus, index = built.copy(base)
    path = corpus / "2023-11-10-lrt.txt"
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n" + NEW_BULLET, "utf-8")
    started = time.perf_counter()
    proc = start_build(corpus, index)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()
    seconds = time.perf_counter() - started
    return corpus, answers(index, corpus, built.engine.embedder), seconds


def test_a_build_killed_at_random_moments_keeps_the_last_good_index(
    built, after_change, tmp_path: Path
) -> None:
    changed_corpus, expected_after, seconds = after_change
    corpus, index = built.copy(tmp_path)
    before = answers(index, corpus, built.engine.embedder)
    assert before != expected_after
    (corpus / "2023-11-10-lrt.txt").write_bytes(
        (changed_corpus / "2023-11-10-lrt.txt").read_bytes()
    )
    rng = random.Random(9)
    outcomes = []
    for trial in range(6):
        generation = current_generation(index)
        proc = start_build(corpus, index)
        # Spread the kills over the whole build: start-up, embedding, writing, switching.
        time.sleep(rng.uniform(0.05, seconds * 1.1) if trial else seconds * 0.9)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        check_index(index)  # whatever happened, the live index is whole
        now = answers(index, corpus, built.engine.embedder)
        if current_generation(index) == generation:
            assert now == before, f"trial {trial}: the old generation answers differently"
            outcomes.append("killed")
        else:
            assert now == expected_after, f"trial {trial}: the new generation is not complete"
            outcomes.append("finished")
            # Start over from the old state for the next trial.
            shutil_copy_index(built, index)
    print("killed-build outcomes:", outcomes)
    assert "killed" in outcomes
    # The next build cleans up what the killed ones left and leaves one generation.
    build_index(
        built.settings.replace(corpus_dir=corpus, index_dir=index),
        embedder=built.engine.embedder,
        progress=False,
    )
    assert sorted(p.name for p in index.iterdir() if p.name != "LOCK")[0] == CURRENT
    assert len([p for p in index.iterdir() if p.is_dir()]) == 1
    assert not [p for p in index.iterdir() if p.name.startswith(".")]
    assert answers(index, corpus, built.engine.embedder) == expected_after


def shutil_copy_index(built, index: Path) -> None:
    import shutil

    shutil.rmtree(index)
    shutil.copytree(built.index, index)


def test_two_concurrent_builds_leave_one_good_index(built, after_change, tmp_path: Path) -> None:
    changed_corpus, expected_after, _ = after_change
    corpus, index = built.copy(tmp_path)
    (corpus / "2023-11-10-lrt.txt").write_bytes(
        (changed_corpus / "2023-11-10-lrt.txt").read_bytes()
    )
    first, second = start_build(corpus, index), start_build(corpus, index)
    for proc in (first, second):
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err.decode()
    check_index(index)
    assert len([p for p in index.iterdir() if p.is_dir()]) == 1
    assert not [p for p in index.iterdir() if p.name.startswith(".")]
    assert answers(index, corpus, built.engine.embedder) == expected_after


# ------------------------------------------------------------------------------ start-up

LAZY = (
    "import json, os, sys\n"
    "import lrt_search\n"
    "engine = lrt_search.Engine.load(corpus=sys.argv[1], index=sys.argv[2], build=False)\n"
    "hits = engine.search('opvang asielzoekers', k=3, mode='bm25')\n"
    "heavy = ('stopwordsiso', 'scipy', 'pypdf', 'rank_bm25', 'typer', 'rich',\n"
    "         'lrt_search.ingest.parsing', 'lrt_search.ingest.corpus')\n"
    "print(json.dumps({'omp': os.environ.get('OMP_WAIT_POLICY'), 'hits': len(hits),\n"
    "                  'loaded': [m for m in heavy if m in sys.modules],\n"
    "                  'decoded': len(engine.chunks._cache)}))\n"
)


def test_a_library_search_loads_only_what_it_needs(built) -> None:
    """Through the Python API: passive OpenMP threads, no reader, no stopwordsiso (the index
    holds the lists), no scipy, no rank-bm25, no CLI libraries; only the hits are decoded."""
    import json

    env = {k: v for k, v in os.environ.items() if k not in ("OMP_WAIT_POLICY",)}
    proc = subprocess.run(
        [sys.executable, "-c", LAZY, str(built.corpus), str(built.index)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report == {"omp": "PASSIVE", "hits": 3, "loaded": [], "decoded": 3}


def test_the_cli_loads_no_reader_and_no_evaluation() -> None:
    """Importing the command line (every `lrt-search search` does) loads neither the minutes
    reader nor the evaluation (scipy, ir-measures): they cost a search up to a second."""
    code = (
        "import sys\n"
        "import lrt_search.interfaces.cli\n"
        "heavy = ('scipy', 'ir_measures', 'pypdf', 'stopwordsiso', 'lrt_search.ingest.parsing',\n"
        "         'lrt_search.evaluation', 'pydantic')\n"
        "print(','.join(m for m in heavy if m in sys.modules))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == ""


def test_a_build_that_must_wait_says_so(tmp_path: Path) -> None:
    """A second build of one index folder waits for the first and says why nothing happens
    (in the output's language), instead of sitting silent for the first build's minutes."""
    import fcntl
    import threading

    from lrt_search.index.integrity import LOCK, build_lock
    from lrt_search.interfaces.error_texts import error_text

    index = tmp_path / "index"
    index.mkdir()
    with build_lock(index):
        pass  # claims the folder, makes the lock file; no one waits: no warning
    holder = (index / LOCK).open("a+b")
    fcntl.flock(holder.fileno(), fcntl.LOCK_EX)  # another build (another open file) holds it
    release = threading.Timer(0.3, lambda: fcntl.flock(holder.fileno(), fcntl.LOCK_UN))
    release.start()
    started = time.perf_counter()
    expected = "another build of this index is running"
    with pytest.warns(UserWarning, match=expected) as caught, build_lock(index):
        waited = time.perf_counter() - started
    release.join()
    holder.close()
    assert waited >= 0.25
    [warning] = caught
    assert str(index) in str(warning.message)
    dutch = error_text(str(warning.message), "nl")
    assert "een andere opbouw van deze index loopt; wachten tot die klaar is" in dutch
