"""The index on disk: SQLite, NumPy and JSON files only (no pickle), checksummed, written
atomically, one build at a time.

Layout of the index folder::

    index/
      CURRENT              "<generation> <crc32 of its manifest.json>", replaced atomically
      LOCK                 held (flock) by the one build that may write at a time
      gen-<id>/            one complete, never modified index generation
        manifest.json      schema, embedder, analyzer, corpus file hashes, and the size and
                           CRC-32 of every other file of the generation
        chunks.sqlite      chunks and statements (read row by row), speakers per chunk
        chunk_dates.npy, statement_offsets.npy          filter columns
        statement_vectors.npy                           statement embeddings (memory-mapped)
        sentence_vectors.npy, sentence_offsets.npy      sentence rows (setting sentence_rows)
        analyzer.json, analyzer.sqlite                  analyzer options, words and stems
        the backends' files, by default:
        vectors.npy                                     chunk embeddings (faiss-flat)
        bm25_indptr.npy, bm25_indices.npy, bm25_data.npy, bm25_terms.sqlite, bm25.json

Integrity, as Lucene and SQLite do it: the manifest records every file's size and CRC-32 (and a
CRC-32 of its first and last 64 KiB), and ``CURRENT`` records the manifest's CRC-32. Loading
checks every file's size; files up to ``verify_below`` bytes (everything of a small index, and
every file read whole) are checked in full, larger memory-mapped files by their head and tail.
Every file is checked in full right after a build and by :func:`check_index`
(``lrt-search index --check``). A mismatch raises :class:`IndexStoreError` naming the file.

A build writes a new generation folder completely, verifies it, then points ``CURRENT`` at it.
A build that fails or is killed leaves ``CURRENT`` on the previous generation, which stays
intact and usable; the next build removes what it left behind. An old generation is removed
only when no reader holds its lease (:mod:`lrt_search.index.leases`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import IndexStoreError
from ..models import Chunk
from . import chunkstore
from .affixes import REVERSED, reversed_rows
from .analysis import DutchAnalyzer, stopword_lists, use_stopwords
from .backends import bm25 as bm25_module
from .backends import faiss_flat, make_dense, make_sparse
from .base import DenseIndex, SparseIndex
from .chunk_writing import write_chunks
from .chunkstore import ChunkStore
from .integrity import (
    VERIFY_BELOW,
    Verify,
    checksums,
    fsync,
    fsync_dir,
    verify_files,
    watch_blocks,
)
from .leases import Lease, remove_unused
from .lookup import TermTable, write_terms
from .manifest import (  # noqa: F401  (the manifest's readers, re-exported where they were)
    CURRENT,
    SCHEMA_VERSION,
    Manifest,
    _read_generation_manifest,
    _read_pointer,
    current_generation,
    file_sha256,
    read_manifest,
)
from .sentence_rows import FILES as SENTENCE_FILES
from .sentence_rows import Rows, load_rows, save_rows

#: The files of every generation besides the manifest and the backends' own files.
REQUIRED = (*chunkstore.FILES, "statement_vectors.npy", "analyzer.json", "analyzer.sqlite")
#: Every file of a generation with the default backends (faiss-flat, bm25), manifest aside.
FILES = (*REQUIRED, faiss_flat.FILE, *bm25_module.FILES)


def text_key(text: str) -> str:
    """Key under which a chunk vector is reused: the hash of the embedded text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@dataclass
class StoredIndex:
    """An open index generation: chunks read on demand, arrays memory-mapped."""

    manifest: Manifest
    chunks: ChunkStore
    vector_index: DenseIndex
    bm25: SparseIndex
    analyzer: DutchAnalyzer
    path: Path
    statement_vectors: np.ndarray
    #: The reader's lease on the generation (see :mod:`lrt_search.index.leases`): while it is
    #: held, no build deletes the generation's files.
    lease: Lease | None = None

    def sentence_rows(self) -> Rows | None:
        """The sentence rows (index/sentence_rows.py), opened now; None when the generation
        was built without them."""
        if self.manifest.get("sentence_rows") is None:
            return None
        return load_rows(self.path, len(self.chunks))

    def close(self) -> None:
        """Close the chunk store and give up the lease (the index is unusable afterwards)."""
        self.chunks.close()
        if self.lease is not None:
            self.lease.release()


def load_index(
    index_dir: Path, verify: Verify = "auto", verify_below: int = VERIFY_BELOW
) -> StoredIndex:
    """Open the live generation; raise :class:`IndexStoreError` if it is missing or corrupt.

    See the module docstring for what ``verify`` checks. When a concurrent build replaces the
    generation while it is being opened, the new one is opened instead.
    """
    for attempt in range(3):
        pointer = _read_pointer(index_dir)
        if pointer is None:
            raise IndexStoreError(index_dir, "no index here; build one with 'lrt-search index'")
        try:
            lease = Lease(index_dir / pointer[0])
            stored = open_generation(index_dir / pointer[0], pointer[1], verify, verify_below)
            stored.lease = lease
            return stored
        except IndexStoreError:
            if attempt == 2 or _read_pointer(index_dir) == pointer:
                raise
    raise AssertionError("unreachable")  # pragma: no cover


def open_generation(
    generation: Path,
    manifest_crc: str,
    verify: Verify = "auto",
    verify_below: int = VERIFY_BELOW,
) -> StoredIndex:
    """Open one generation folder, verifying it (see :func:`load_index`)."""
    manifest = _read_generation_manifest(generation, manifest_crc)
    recorded = manifest.get("checksums") or {}
    required = (*REQUIRED, *(SENTENCE_FILES if "sentence_rows" in manifest else ()))
    verify_files(generation, recorded, required, verify, verify_below)
    for name, record in recorded.items():  # checked by edges only: the rest block by block
        if verify != "full" and record.get("size", 0) > verify_below and record.get("blocks"):
            watch_blocks(generation / name, record["blocks"])
    n = manifest.get("n_chunks")
    current = generation
    try:
        current = generation / "chunks.sqlite"
        chunks = ChunkStore(generation, int(n or 0))
        current = generation / "statement_vectors.npy"
        statement_vectors = np.load(current, allow_pickle=False, mmap_mode="r")
        backends = manifest.get("backends") or {}
        current = generation / "manifest.json"
        dense, sparse = make_dense(backends["dense"]), make_sparse(backends["sparse"])
        current = generation / f"{backends['dense']} index"
        vector_index = dense.load(generation)
        current = generation / f"{backends['sparse']} index"
        bm25 = sparse.load(generation)
        current = generation / "analyzer.json"
        options = json.loads(current.read_text(encoding="utf-8"))
        use_stopwords(options.get("stopwords") or {})
        current = generation / "analyzer.sqlite"
        analyzer = DutchAnalyzer.from_dict(
            options,
            vocabulary=TermTable(current, "words"),
            stems=TermTable(current, "stems"),
        )
    except FileNotFoundError:
        raise IndexStoreError(current, "missing; the index is incomplete (rebuild it)") from None
    except Exception as exc:
        raise IndexStoreError(
            current, f"corrupt index file ({type(exc).__name__}: {exc})"
        ) from None
    n_statements = int(chunks.statement_offsets[-1]) if len(chunks.statement_offsets) else 0
    sizes_agree = len(vector_index) == bm25.n_docs == len(chunks) == n
    if not sizes_agree or len(statement_vectors) != n_statements:
        raise IndexStoreError(
            generation, "index files disagree on the number of chunks; rebuild the index"
        )
    return StoredIndex(
        manifest, chunks, vector_index, bm25, analyzer, generation, statement_vectors
    )


def check_index(index_dir: Path) -> dict[str, Any]:
    """Verify every file of the live generation in full (``lrt-search index --check``).

    Returns ``{"generation", "files", "bytes"}``; raises :class:`IndexStoreError` on the first
    problem.
    """
    pointer = _read_pointer(index_dir)
    if pointer is None:
        raise IndexStoreError(index_dir, "no index here; build one with 'lrt-search index'")
    generation = index_dir / pointer[0]
    manifest = _read_generation_manifest(generation, pointer[1])
    read = verify_files(generation, manifest.get("checksums") or {}, REQUIRED, "full")
    stored = open_generation(generation, pointer[1], "auto")
    try:
        decoded = sum(1 for _ in stored.chunks)  # every row decodes
    except Exception as exc:
        raise IndexStoreError(
            generation / "chunks.sqlite", f"corrupt index file ({type(exc).__name__}: {exc})"
        ) from None
    finally:
        stored.chunks.close()
    files = len(manifest.get("checksums") or {}) + 1
    summary = f"{generation}: ok ({files} files, {read / 2**20:.1f} MiB verified, {decoded} chunks)"
    return {
        "generation": str(generation),
        "files": files,
        "bytes": read,
        "chunks": decoded,
        "summary": summary,
    }


def write_index(
    index_dir: Path,
    *,
    manifest: Manifest,
    chunks: Sequence[Chunk],
    vectors: np.ndarray,
    sparse: SparseIndex,
    analyzer: DutchAnalyzer,
    statement_vectors: np.ndarray,
    dense_backend: str = "faiss-flat",
    organisations_file: Path | None = None,
    sentence_rows: Rows | None = None,
) -> Path:
    """Write a new generation, verify it, and switch ``CURRENT`` to it atomically.

    ``vectors`` (one per chunk) are indexed with the ``dense_backend``; ``sparse`` is saved as
    built; the decisions register of the chunks is stored with the alias table of
    ``organisations_file`` (the bundled one when ``None``). The manifest records both
    backends' names so :func:`load_index` can read them back, and every file's size and
    CRC-32. Call it holding :func:`build_lock`. Returns the new
    generation's folder.
    """
    import uuid  # only when a generation is written

    name = f"gen-{dt.datetime.now(dt.UTC).strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}"
    staging = index_dir / f".tmp-{name}"
    try:
        staging.mkdir(parents=True)
        write_chunks(staging, chunks, organisations_file)
        make_dense(dense_backend).build(vectors).save(staging)
        np.save(
            staging / "statement_vectors.npy",
            np.ascontiguousarray(statement_vectors, dtype=np.float32),
        )
        sparse.save(staging)
        if sentence_rows is not None:
            save_rows(staging, sentence_rows)
        _write_analyzer(staging, analyzer)
        names = sorted(p.name for p in staging.iterdir())
        for file in names:
            fsync(staging / file)
        manifest = {
            **manifest,
            "backends": {"dense": dense_backend, "sparse": sparse.name},
            "n_chunks": len(chunks),
            **({} if sentence_rows is None else {"sentence_rows": len(sentence_rows[0])}),
            "checksums": checksums(staging, names),
        }
        data = json.dumps(manifest, indent=2, ensure_ascii=False).encode("utf-8")
        (staging / "manifest.json").write_bytes(data)
        fsync(staging / "manifest.json")
        crc = f"{zlib.crc32(data):08x}"
        # Read the whole generation back before it goes live.
        _verify_written(staging, crc, (vectors, statement_vectors), len(chunks), sentence_rows)
        final = index_dir / name
        os.replace(staging, final)
        fsync_dir(index_dir)
        pointer_tmp = index_dir / f".{CURRENT}.{uuid.uuid4().hex[:8]}"
        pointer_tmp.write_text(f"{name} {crc}\n", encoding="utf-8")
        fsync(pointer_tmp)
        os.replace(pointer_tmp, index_dir / CURRENT)
        fsync_dir(index_dir)
    except BaseException as exc:
        import shutil  # imports bz2 and lzma: only when a build fails

        shutil.rmtree(staging, ignore_errors=True)
        if isinstance(exc, OSError | sqlite3.Error):  # disk full, read-only, quota
            raise IndexStoreError(
                index_dir,
                f"cannot write the index ({getattr(exc, 'strerror', None) or exc}); "
                "the previous index is unchanged",
            ) from None
        raise
    remove_unused(index_dir, keep=name)  # the old generations no reader holds
    return final


def _write_analyzer(staging: Path, analyzer: DutchAnalyzer) -> None:
    """The analyzer's options (``analyzer.json``) and its words and stems (``analyzer.sqlite``)."""
    (staging / "analyzer.json").write_text(
        json.dumps(
            {
                **analyzer.describe(),
                "stopwords": stopword_lists(),
                "corrections": dict(analyzer.corrections),
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    write_terms(staging / "analyzer.sqlite", ((w, 0) for w in sorted(analyzer.vocabulary)), "words")
    write_terms(staging / "analyzer.sqlite", ((s, 0) for s in sorted(analyzer.stems)), "stems")
    write_terms(staging / "analyzer.sqlite", reversed_rows(analyzer.vocabulary), REVERSED)


def _verify_written(
    folder: Path,
    crc: str,
    written: tuple[np.ndarray, np.ndarray],
    n: int,
    sentence_rows: Rows | None = None,
) -> None:
    vectors, statement_vectors = written
    stored = open_generation(folder, crc, "full")
    read_rows = stored.sentence_rows()
    same_rows = (read_rows is None) == (sentence_rows is None) and (
        sentence_rows is None
        or read_rows is None
        or all(np.array_equal(a, b) for a, b in zip(read_rows, sentence_rows, strict=True))
    )
    same = same_rows and (
        len(stored.chunks) == n
        and np.array_equal(stored.vector_index.vectors(), np.asarray(vectors, dtype=np.float32))
        and np.array_equal(
            stored.statement_vectors, np.asarray(statement_vectors, dtype=np.float32)
        )
    )
    stored.chunks.close()
    if not same:
        raise IndexStoreError(folder, "the written index differs from what was built")
