"""Row runs read from a memory-mapped .npy file with pread equal the in-memory rows."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from lrt_search.index.npyfile import read_row_runs


def test_row_runs_from_file_equal_rows_in_memory(tmp_path: Path) -> None:
    rows = np.random.default_rng(3).normal(size=(1000, 24)).astype(np.float32)
    np.save(tmp_path / "v.npy", rows)
    mapped = np.load(tmp_path / "v.npy", mmap_mode="r")
    starts, lengths = np.array([998, 0, 500, 17]), np.array([2, 3, 1, 0])
    expected = np.concatenate([rows[998:1000], rows[0:3], rows[500:501]])
    np.testing.assert_array_equal(read_row_runs(mapped, starts, lengths), expected)
    np.testing.assert_array_equal(read_row_runs(rows, starts, lengths), expected)
    assert read_row_runs(
        mapped, np.array([], dtype=np.int64), np.array([], dtype=np.int64)
    ).shape == (
        0,
        24,
    )


def test_a_truncated_file_is_an_error_not_garbage(tmp_path: Path) -> None:
    rows = np.ones((100, 8), dtype=np.float32)
    np.save(tmp_path / "v.npy", rows)
    mapped = np.load(tmp_path / "v.npy", mmap_mode="r")
    with (tmp_path / "v.npy").open("r+b") as handle:
        handle.truncate(200)
    with pytest.raises(OSError, match="short read"):
        read_row_runs(mapped, np.array([90]), np.array([10]))
