"""Sets of chunk rows as sorted numpy arrays, without ``np.unique`` / ``np.intersect1d`` /
``np.union1d``: those import ``numpy.ma`` (~20 ms) on the first call, which the CLI's
``search`` and ``ask`` must not pay (tests/integration/test_cli_startup.py)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import ArrayLike


def sorted_unique(rows: ArrayLike) -> np.ndarray:
    """The distinct values of ``rows``, sorted (as ``np.unique``)."""
    import numpy as np

    ordered = np.sort(np.asarray(rows), kind="stable")
    if ordered.size == 0:
        return ordered
    keep = np.empty(ordered.size, dtype=bool)
    keep[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]


def intersect(a: ArrayLike, b: ArrayLike) -> np.ndarray:
    """The sorted distinct values in both ``a`` and ``b`` (as ``np.intersect1d``)."""
    import numpy as np

    first = sorted_unique(a)
    return first[np.isin(first, b)]


def union(a: ArrayLike, b: ArrayLike) -> np.ndarray:
    """The sorted distinct values in ``a`` or ``b`` (as ``np.union1d``)."""
    import numpy as np

    return sorted_unique(np.concatenate([np.asarray(a), np.asarray(b)]))


__all__ = ["intersect", "sorted_unique", "union"]


def grouped_blobs(pairs: Iterable[tuple[str, int]]) -> list[tuple[str, bytes]]:
    """Each key of ``pairs`` (key, row) with the sorted rows of its pairs as int32 bytes, keys
    in order: the value of a ``(key TEXT, rows BLOB)`` table of the index."""
    import numpy as np

    rows: dict[str, list[int]] = {}
    for key, row in pairs:
        rows.setdefault(key, []).append(row)
    return [(key, np.array(sorted(r), dtype="<i4").tobytes()) for key, r in sorted(rows.items())]
