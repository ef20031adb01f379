"""The index on disk: JSON, NumPy and FAISS files only (no pickle), written atomically.

Layout of the index folder::

    index/
      CURRENT              name of the live generation (replaced atomically with os.replace)
      gen-<id>/            one complete index
        manifest.json      schema version, embedder, analyzer, corpus file hashes
        chunks.json        the chunks with their statements and citations
        statement_vectors.npy  one vector per statement, in chunk order (for answers)
        faiss.index        the FAISS index over the chunk vectors (float32, n x dim)
        bm25.npz, bm25_vocab.json, analyzer.json

A build writes a new generation folder completely, then points ``CURRENT`` at it. A build that
fails or is killed leaves ``CURRENT`` on the previous generation, which stays intact and usable.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import IndexStoreError
from ..models import Chunk, Span, Statement
from .analysis import DutchAnalyzer
from .backends import make_dense, make_sparse
from .base import DenseIndex, SparseIndex

#: Bumped whenever the on-disk format or the chunking changes meaning.
SCHEMA_VERSION = 1
CURRENT = "CURRENT"


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def text_key(text: str) -> str:
    """Key under which a chunk vector is reused: the hash of the embedded text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _span_dict(span: Span) -> list[int | None]:
    data = [span.line_start, span.line_end, span.page_start, span.page_end]
    return [*data, 1] if span.ocr else data  # a fifth element marks OCR text


def _span(data: list[int | None]) -> Span:
    start, end, page_start, page_end = data[:4]
    ocr = len(data) > 4 and bool(data[4])
    return Span(int(start or 0), int(end or 0), page_start, page_end, ocr)


def chunk_to_json(chunk: Chunk) -> dict[str, Any]:
    """A chunk (with its statements) as JSON-able data."""
    data = chunk.to_dict()
    data["span"] = _span_dict(chunk.span)
    data["statements"] = [
        {
            "text": s.text,
            "span": _span_dict(s.span),
            "speakers": list(s.speakers),
            "kind": s.kind,
            "level": s.level,
            "section": s.section,
        }
        for s in chunk.statements
    ]
    return data


def chunk_from_json(data: dict[str, Any]) -> Chunk:
    """Inverse of :func:`chunk_to_json`."""
    return Chunk(
        chunk_id=data["chunk_id"],
        meeting_date=dt.date.fromisoformat(data["meeting_date"]),
        kind=data["kind"],
        item_number=data["item_number"],
        item_title=data["item_title"],
        text=data["text"],
        speakers=tuple(data["speakers"]),
        source=data["source"],
        span=_span(data["span"]),
        statements=tuple(
            Statement(
                text=s["text"],
                span=_span(s["span"]),
                speakers=tuple(s["speakers"]),
                kind=s["kind"],
                level=int(s["level"]),
                section=s["section"],
            )
            for s in data["statements"]
        ),
        part=int(data["part"]),
    )


@dataclass
class StoredIndex:
    """Everything an index generation holds, in memory."""

    manifest: dict[str, Any]
    chunks: list[Chunk]
    vector_index: DenseIndex
    bm25: SparseIndex
    analyzer: DutchAnalyzer
    path: Path
    statement_vectors: np.ndarray


def current_generation(index_dir: Path) -> Path | None:
    """The live generation folder, or None when there is no index."""
    pointer = index_dir / CURRENT
    try:
        name = pointer.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise IndexStoreError(pointer, f"cannot read the index pointer ({exc})") from None
    if not name or "/" in name or name.startswith("."):
        raise IndexStoreError(
            pointer, f"corrupt index pointer {name!r}; rebuild with 'lrt-search index'"
        )
    return index_dir / name


def read_manifest(index_dir: Path) -> dict[str, Any] | None:
    """The manifest of the live generation (None when there is no index)."""
    generation = current_generation(index_dir)
    if generation is None:
        return None
    path = generation / "manifest.json"
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise IndexStoreError(path, "missing; the index is incomplete (rebuild it)") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise IndexStoreError(path, f"corrupt manifest ({exc}); rebuild the index") from None
    if not isinstance(manifest, dict) or manifest.get("schema_version") != SCHEMA_VERSION:
        raise IndexStoreError(
            path,
            f"index schema {manifest.get('schema_version') if isinstance(manifest, dict) else '?'} "
            f"is not {SCHEMA_VERSION}; rebuild the index",
        )
    return manifest


def load_index(index_dir: Path) -> StoredIndex:
    """Load the live generation; raise :class:`IndexStoreError` if it is missing or corrupt."""
    manifest = read_manifest(index_dir)
    if manifest is None:
        raise IndexStoreError(index_dir, "no index here; build one with 'lrt-search index'")
    generation = current_generation(index_dir)
    assert generation is not None
    current = generation
    try:
        current = generation / "chunks.json"
        chunks = [chunk_from_json(c) for c in json.loads(current.read_text(encoding="utf-8"))]
        # Statement vectors are only needed by `ask`: memory-mapped, read on demand.
        current = generation / "statement_vectors.npy"
        statement_vectors = np.load(current, allow_pickle=False, mmap_mode="r")
        backends = manifest.get("backends") or {"dense": "faiss-flat", "sparse": "bm25"}
        current = generation / "faiss.index"
        vector_index = make_dense(backends["dense"]).load(generation)
        current = generation / "bm25.npz"
        bm25 = make_sparse(backends["sparse"]).load(generation)
        current = generation / "analyzer.json"
        analyzer = DutchAnalyzer.from_dict(json.loads(current.read_text(encoding="utf-8")))
    except FileNotFoundError:
        raise IndexStoreError(current, "missing; the index is incomplete (rebuild it)") from None
    except Exception as exc:
        raise IndexStoreError(
            current, f"corrupt index file ({type(exc).__name__}: {exc})"
        ) from None
    n = len(chunks)
    n_statements = sum(len(c.statements) for c in chunks)
    sizes_agree = len(vector_index) == bm25.n_docs == n == manifest.get("n_chunks")
    if not sizes_agree or len(statement_vectors) != n_statements:
        raise IndexStoreError(
            generation, "index files disagree on the number of chunks; rebuild the index"
        )
    return StoredIndex(
        manifest, chunks, vector_index, bm25, analyzer, generation, statement_vectors
    )


def write_index(
    index_dir: Path,
    *,
    manifest: dict[str, Any],
    chunks: list[Chunk],
    vectors: np.ndarray,
    sparse: SparseIndex,
    analyzer: DutchAnalyzer,
    statement_vectors: np.ndarray,
    dense_backend: str = "faiss-flat",
) -> Path:
    """Write a new generation and switch ``CURRENT`` to it atomically. Returns its folder.

    ``vectors`` (one per chunk) are indexed with the ``dense_backend``; ``sparse`` is saved as
    built. The manifest records both backends' names so :func:`load_index` can read them back.
    """
    index_dir.mkdir(parents=True, exist_ok=True)
    name = f"gen-{dt.datetime.now(dt.UTC).strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}"
    staging = index_dir / f".tmp-{name}"
    staging.mkdir()
    try:
        (staging / "chunks.json").write_text(
            json.dumps([chunk_to_json(c) for c in chunks], ensure_ascii=False), encoding="utf-8"
        )
        np.save(
            staging / "statement_vectors.npy",
            np.ascontiguousarray(statement_vectors, dtype=np.float32),
        )
        make_dense(dense_backend).build(vectors).save(staging)
        sparse.save(staging)
        manifest = {**manifest, "backends": {"dense": dense_backend, "sparse": sparse.name}}
        (staging / "analyzer.json").write_text(
            json.dumps(analyzer.to_dict(), ensure_ascii=False), encoding="utf-8"
        )
        (staging / "manifest.json").write_text(
            json.dumps({**manifest, "n_chunks": len(chunks)}, indent=2, ensure_ascii=False),
            encoding="utf-8",
        )
        for path in staging.iterdir():
            with path.open("rb") as handle:
                os.fsync(handle.fileno())
        final = index_dir / name
        os.replace(staging, final)
        pointer_tmp = index_dir / f".{CURRENT}.{uuid.uuid4().hex[:8]}"
        pointer_tmp.write_text(name + "\n", encoding="utf-8")
        with pointer_tmp.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(pointer_tmp, index_dir / CURRENT)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _remove_old_generations(index_dir, keep=name)
    return final


def _remove_old_generations(index_dir: Path, keep: str) -> None:
    for path in index_dir.iterdir():
        if path.name == keep or not path.is_dir():
            continue
        if path.name.startswith(("gen-", ".tmp-gen-")):
            shutil.rmtree(path, ignore_errors=True)
