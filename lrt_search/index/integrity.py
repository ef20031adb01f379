"""Integrity of index files: CRC-32 checksums (whole file, head + tail, and per 64 KiB block),
durable writes, and the build lock. :mod:`lrt_search.index.store` records and checks them per
generation.

A large file is checked at load by its head and tail only; its block CRCs are then checked
when a block is read (:func:`verify_blocks`, called by :mod:`lrt_search.index.npyfile` before
it hands out rows), so rot in the middle is an error at the first read, never altered data."""

from __future__ import annotations

import contextlib
import os
import threading
import warnings
import zlib
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

from ..errors import IndexStoreError

#: Bytes of the head and of the tail of a file covered by its cheap check.
EDGE_BYTES = 1 << 16
#: Files up to this size are verified in full at every load (a few milliseconds of CRC-32).
VERIFY_BELOW = 8 << 20
LOCK = "LOCK"
#: Bytes per block of the per-block CRCs of large files.
BLOCK_BYTES = 1 << 16

Verify = Literal["auto", "full"]


def file_crc32(path: Path) -> str:
    """CRC-32 of a whole file, as 8 hex digits."""
    crc = 0
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            crc = zlib.crc32(block, crc)
    return f"{crc:08x}"


def edges_crc32(path: Path, size: int) -> str:
    """CRC-32 of a file's first and last :data:`EDGE_BYTES` (the cheap check at load)."""
    with path.open("rb") as handle:
        crc = zlib.crc32(handle.read(EDGE_BYTES))
        if size > EDGE_BYTES:
            handle.seek(max(EDGE_BYTES, size - EDGE_BYTES))
            crc = zlib.crc32(handle.read(EDGE_BYTES), crc)
    return f"{crc:08x}"


def checksums(folder: Path, names: Sequence[str]) -> dict[str, dict[str, Any]]:
    """``{name: {"size", "crc32", "edges"}}`` of the files ``names`` in ``folder``."""
    out = {}
    for name in names:
        path = folder / name
        size = path.stat().st_size
        out[name] = {"size": size, "crc32": file_crc32(path), "edges": edges_crc32(path, size)}
        if size > 2 * EDGE_BYTES:  # the middle is not covered by the edges
            out[name]["blocks"] = block_crcs(path)
    return out


def block_crcs(path: Path) -> list[str]:
    """CRC-32 of every :data:`BLOCK_BYTES` block of a file, as 8 hex digits each."""
    with path.open("rb") as handle:
        return [f"{zlib.crc32(b):08x}" for b in iter(lambda: handle.read(BLOCK_BYTES), b"")]


class _Blocks:
    def __init__(self, blocks: list[str]) -> None:
        self.blocks = blocks
        self.verified: set[int] = set()


_WATCHED: dict[str, _Blocks] = {}
_WATCH_LOCK = threading.Lock()


def watch_blocks(path: Path, blocks: list[str]) -> None:
    """Check the blocks of ``path`` as they are read (see :func:`verify_blocks`)."""
    with _WATCH_LOCK:
        _WATCHED.setdefault(os.path.abspath(path), _Blocks(list(blocks)))


def verify_blocks(filename: str, offset: int, length: int) -> None:
    """Check the not yet verified blocks of a watched file that hold bytes
    ``offset : offset + length``; :class:`IndexStoreError` naming the file and block when one
    differs from its recorded CRC. Files not watched are not checked."""
    watched = _WATCHED.get(os.path.abspath(filename))
    if watched is None or length <= 0:
        return
    first, last = offset // BLOCK_BYTES, (offset + length - 1) // BLOCK_BYTES
    todo = [b for b in range(first, last + 1) if b not in watched.verified]
    if not todo:
        return
    fd = os.open(filename, os.O_RDONLY)
    try:
        for block in todo:
            data = os.pread(fd, BLOCK_BYTES, block * BLOCK_BYTES)
            expected = watched.blocks[block] if block < len(watched.blocks) else None
            if f"{zlib.crc32(data):08x}" != expected:
                raise IndexStoreError(
                    Path(filename),
                    f"corrupt index file (block {block} at byte {block * BLOCK_BYTES} differs "
                    "from its checksum); rebuild the index",
                )
            watched.verified.add(block)
    finally:
        os.close(fd)


def verify_files(
    folder: Path,
    expected: Mapping[str, Any],
    required: Sequence[str] = (),
    verify: Verify = "auto",
    verify_below: int = VERIFY_BELOW,
) -> int:
    """Check the files of a generation against their recorded sizes and CRC-32s.

    ``"full"`` reads every file; ``"auto"`` reads in full the files up to ``verify_below`` bytes
    and checks the head and tail of larger ones. Returns the bytes read; raises
    :class:`IndexStoreError` naming the first file that differs.
    """
    read = 0
    for name in required:
        if name not in expected:
            raise IndexStoreError(folder / name, "not in the manifest's checksums; rebuild it")
    for name, record in expected.items():
        path = folder / name
        if not isinstance(record, dict) or "/" in name:
            raise IndexStoreError(folder / "manifest.json", "corrupt checksum table; rebuild it")
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            raise IndexStoreError(path, "missing; the index is incomplete (rebuild it)") from None
        if size != record.get("size"):
            raise IndexStoreError(
                path, f"corrupt index file (size {size}, expected {record.get('size')})"
            )
        if verify == "full" or size <= verify_below:
            actual, kind = file_crc32(path), "crc32"
            read += size
        else:
            actual, kind = edges_crc32(path, size), "edges"
            read += min(size, 2 * EDGE_BYTES)
        if actual != record.get(kind):
            raise IndexStoreError(
                path, f"corrupt index file (checksum {actual} is not {record.get(kind)})"
            )
    return read


def fsync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):  # not every file system syncs folders
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def build_lock(index_dir: Path) -> Iterator[None]:
    """Hold the index folder's build lock (``flock`` on ``LOCK``): one build at a time.

    The operating system releases it when the holder dies, so a killed build never leaves a
    stale lock. A second build waits for the first to finish, and says so (a warning). The
    folder must be an index folder or empty (:func:`lrt_search.index.leases.claim_folder`).
    """
    from .leases import claim_folder

    claim_folder(index_dir)
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX: builds are not serialised
        yield
        return
    try:
        handle = (index_dir / LOCK).open("a+b")
    except OSError as exc:
        raise IndexStoreError(
            index_dir / LOCK, f"cannot take the build lock ({exc.strerror or exc})"
        ) from None
    with handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:  # say why nothing happens, then wait
            warnings.warn(
                f"{index_dir}: another build of this index is running; waiting for it to finish",
                stacklevel=3,
            )
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
