"""Who may delete what in an index folder: the folder's marker, and readers' leases on generations.

- **Marker.** A folder an index is built in holds ``LRT-SEARCH-INDEX``. A build refuses a
  non-empty folder without it (``--index`` pointed at a folder of other data), and removes only
  folders named like the generations it writes (``gen-<UTC time>-<8 hex>``).
- **Leases.** Every process that opens a generation holds a shared ``flock`` on its
  ``READERS`` file for as long as the opened index lives (an ``Engine``, the web server's
  engine). A build deletes an old generation only when it can take that lock exclusively, i.e.
  no reader holds it; the operating system drops the locks of a process that dies. A reader
  that got its lease after the generation was deleted sees that and opens the new one. This
  is Lucene's "delete a commit point only when no reader uses it" with the kernel counting.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from ..errors import IndexStoreError
from ..lazyre import lazy

MARKER = "LRT-SEARCH-INDEX"
READERS = "READERS"
#: The names :func:`lrt_search.index.store.write_index` gives generations (and their staging).
GENERATION_NAME = lazy(r"(\.tmp-)?gen-\d{8}T\d{6}-[0-9a-f]{8}")

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: no leases, generations kept until rebuilt
    fcntl = None  # type: ignore[assignment]


def claim_folder(index_dir: Path) -> None:
    """Make ``index_dir`` an index folder (create it, write the marker) or raise
    :class:`IndexStoreError` when it is something else: a file, a non-empty folder of other
    data, or a folder that cannot be written."""
    not_a_file(index_dir)
    marker = index_dir / MARKER
    try:
        if marker.is_file():
            return
        if index_dir.is_dir() and any(_foreign(p) for p in index_dir.iterdir()):
            raise IndexStoreError(
                index_dir,
                f"not empty and not an lrt-search index (no {MARKER} file); "
                "give an empty or new folder",
            )
        index_dir.mkdir(parents=True, exist_ok=True)
        marker.write_text("lrt-search index folder: generations here are replaced.\n")
    except OSError as exc:
        raise IndexStoreError(
            index_dir, f"cannot write the index folder ({_reason(exc)})"
        ) from None


def not_a_file(index_dir: Path) -> None:
    """Raise :class:`IndexStoreError` when ``index_dir`` names a file (``LRT_INDEX`` pointing
    at one): nothing is read from it or written to it."""
    if index_dir.exists() and not index_dir.is_dir():
        raise IndexStoreError(index_dir, "is a file, not an index folder; give a folder")


def _foreign(path: Path) -> bool:
    """Whether ``path`` is not something an index (of any version) writes. Hidden files (a
    ``.gitignore``, the index's own temporary files) do not make a folder someone else's."""
    return not (
        path.name in ("CURRENT", "LOCK", MARKER)
        or path.name.startswith(".")
        or GENERATION_NAME.fullmatch(path.name)
    )


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


class Lease:
    """A shared lock on a generation's ``READERS`` file, held until :meth:`release` (or until
    the lease is garbage-collected or the process exits)."""

    def __init__(self, generation: Path) -> None:
        self.generation = generation
        self._fd: int | None = None
        if fcntl is None:  # pragma: no cover
            return
        try:
            fd = os.open(generation / READERS, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            try:  # a read-only index: nothing can delete it, a read-only handle is enough
                fd = os.open(generation / READERS, os.O_RDONLY)
            except FileNotFoundError:
                return  # an index written before leases, in a read-only folder
            except OSError as exc:
                raise IndexStoreError(generation, f"cannot open ({_reason(exc)})") from None
        fcntl.flock(fd, fcntl.LOCK_SH)
        self._fd = fd
        if not (generation / "manifest.json").exists():  # deleted before the lock was ours
            self.release()
            raise IndexStoreError(generation, "missing; the index is incomplete (rebuild it)")

    def release(self) -> None:
        """Give the lease up (idempotent)."""
        if self._fd is not None:
            os.close(self._fd)  # closing drops the flock
            self._fd = None

    def __del__(self) -> None:
        self.release()


def remove_unused(index_dir: Path, keep: str) -> list[str]:
    """Remove the generations of ``index_dir`` except ``keep`` that no reader holds, and the
    leftovers of killed builds; returns the names kept because a reader holds them.

    Call it holding the build lock: no other build is writing then.
    """
    held = []
    for path in index_dir.iterdir():
        if path.name == keep or not GENERATION_NAME.fullmatch(path.name) or not path.is_dir():
            continue
        if path.name.startswith(".tmp-"):
            _remove(path)
        elif not _remove_if_unheld(path):
            held.append(path.name)
    for path in index_dir.glob(".CURRENT.*"):
        path.unlink(missing_ok=True)
    return held


def _remove_if_unheld(generation: Path) -> bool:
    if fcntl is None:  # pragma: no cover
        return False
    try:
        fd = os.open(generation / READERS, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        return False
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False  # a reader holds it: the next build tries again
        _remove(generation)
        return True
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    # The manifest first: a reader that gets its lease after this sees the generation is gone.
    with contextlib.suppress(OSError):
        (path / "manifest.json").unlink(missing_ok=True)
    import shutil  # imports bz2 and lzma: only where a folder is removed

    shutil.rmtree(path, ignore_errors=True)
