"""The manifest of an index and the pointer to its live generation, read without NumPy.

``CURRENT`` names the live generation folder and the CRC-32 of its ``manifest.json``; the
manifest says what built the generation (embedder, parser, corpus files). Commands that only
need to know whether the index is up to date (``decisions``) read these and nothing else; the
rest of the store (:mod:`lrt_search.index.store`) re-exports them.
"""

from __future__ import annotations

import hashlib
import json
import re
import zlib
from pathlib import Path
from typing import Any, TypedDict, cast

from ..errors import IndexStoreError
from ..lazyre import lazy
from .leases import not_a_file

#: Bumped whenever the on-disk format or the chunking changes meaning.
SCHEMA_VERSION = 3  # 3: a CRC-32 per chunk and statement row, per 64 KiB block
CURRENT = "CURRENT"


class Manifest(TypedDict, total=False):
    """``manifest.json`` of an index generation: what built it, from which files, and the
    checksums of its files. Read by :func:`read_manifest`, written by :func:`write_index`."""

    schema_version: int
    created: str
    embedder: str
    dim: int
    analyzer: dict[str, Any]
    bm25: dict[str, float]
    chunk_max_words: int
    organisations: str  # hash of the alias tables
    parser: str  # hash of the ingest code (index.build.parser_fingerprint)
    files: dict[str, str]  # corpus file name -> SHA-256
    file_stats: dict[str, list[int]]  # corpus file name -> [size, mtime_ns]
    stats_taken_ns: int
    meetings: list[dict[str, Any]]
    skipped: list[str]
    backends: dict[str, str]  # {"dense": ..., "sparse": ...}
    n_chunks: int
    sentence_rows: int  # rows of index/sentence_rows.py (absent: built without them)
    checksums: dict[str, Any]  # file name -> size and CRC-32s


#: What ``CURRENT`` holds: the generation's folder name and its manifest's CRC-32, one line.
_POINTER = lazy(r"(gen-[0-9A-Za-z_-]+) ([0-9a-f]{8})\n")


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _read_pointer(index_dir: Path) -> tuple[str, str] | None:
    pointer = index_dir / CURRENT
    not_a_file(index_dir)
    try:
        text = pointer.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise IndexStoreError(pointer, f"cannot read the index pointer ({exc})") from None
    match = _POINTER.fullmatch(text)
    if match is None and re.fullmatch(r"gen-[0-9A-Za-z_-]+\n", text):
        raise IndexStoreError(
            pointer, "index in an older format (schema 1); rebuild with 'lrt-search index'"
        )
    if match is None:
        raise IndexStoreError(
            pointer, f"corrupt index pointer {text.strip()!r}; rebuild with 'lrt-search index'"
        )
    return match.group(1), match.group(2)


def current_generation(index_dir: Path) -> Path | None:
    """The live generation folder, or None when there is no index."""
    pointer = _read_pointer(index_dir)
    return None if pointer is None else index_dir / pointer[0]


def _read_generation_manifest(generation: Path, crc: str) -> Manifest:
    path = generation / "manifest.json"
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise IndexStoreError(path, "missing; the index is incomplete (rebuild it)") from None
    except OSError as exc:
        raise IndexStoreError(path, f"cannot read the manifest ({exc})") from None
    if f"{zlib.crc32(data):08x}" != crc:
        raise IndexStoreError(path, "corrupt manifest (checksum differs); rebuild the index")
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise IndexStoreError(path, f"corrupt manifest ({exc}); rebuild the index") from None
    if not isinstance(manifest, dict) or manifest.get("schema_version") != SCHEMA_VERSION:
        raise IndexStoreError(
            path,
            f"index schema {manifest.get('schema_version') if isinstance(manifest, dict) else '?'} "
            f"is not {SCHEMA_VERSION}; rebuild the index",
        )
    return cast(Manifest, manifest)


def read_manifest(index_dir: Path) -> Manifest | None:
    """The manifest of the live generation (None when there is no index), checksum verified."""
    pointer = _read_pointer(index_dir)
    if pointer is None:
        return None
    return _read_generation_manifest(index_dir / pointer[0], pointer[1])
