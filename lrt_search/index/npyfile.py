"""Reading a few rows of a large memory-mapped ``.npy`` file without mapping the rest in.

On this project's VMs, touching scattered rows of a memory-mapped file faults in far more than
the rows (gathering 640 statement vectors out of a 450 MiB file took ~415 MiB of memory, with
or without ``MADV_RANDOM``). Queries that need a few rows of such a file (sentence evidence reads
the statements of 200 candidate chunks) read them with ``pread`` instead: one call per run of
consecutive rows, a few milliseconds and only the bytes asked for.
"""

from __future__ import annotations

import os

import numpy as np

from .integrity import verify_blocks


def read_row_runs(array: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Rows ``starts[i] : starts[i] + lengths[i]`` of the 2-D ``array``, concatenated.

    For a read-only :class:`numpy.memmap` of a C-ordered file the rows are read from the file
    with ``pread`` (their blocks checked against the manifest's block CRCs when the file is
    watched, see :func:`~lrt_search.index.integrity.verify_blocks`); any other array is
    indexed in memory (same result)."""
    starts = np.asarray(starts, dtype=np.int64)
    lengths = np.asarray(lengths, dtype=np.int64)
    total = int(lengths.sum())
    filename = getattr(array, "filename", None)
    if filename is None or not array.flags.c_contiguous or array.ndim != 2:
        index = np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(total)
        return np.asarray(array[index])
    row_bytes = array.shape[1] * array.dtype.itemsize
    out = np.empty((total, array.shape[1]), dtype=array.dtype)
    if total == 0:
        return out
    view = memoryview(out.data).cast("B")
    base = int(getattr(array, "offset", 0))
    position = 0
    fd = os.open(filename, os.O_RDONLY)
    try:
        for start, length in zip(starts.tolist(), lengths.tolist(), strict=True):
            size = length * row_bytes
            verify_blocks(filename, base + start * row_bytes, size)
            got = os.preadv(fd, [view[position : position + size]], base + start * row_bytes)
            if got != size:
                raise OSError(f"{filename}: short read ({got} of {size} bytes)")
            position += size
    finally:
        os.close(fd)
    return out
