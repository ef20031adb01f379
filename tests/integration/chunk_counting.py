"""The real chunk store with its decoder wrapped to count the rows it decodes (and, if asked,
iteration over the whole store forbidden): what the no-full-decode tests watch."""

from __future__ import annotations

import pytest

from lrt_search.index.chunkstore import ChunkStore


def count_decodes(monkeypatch: pytest.MonkeyPatch, forbid_iteration: bool = True) -> list[int]:
    """Patch :class:`ChunkStore` for this test; the returned list collects every decoded row."""
    decoded: list[int] = []
    real = ChunkStore._decode

    def counting(self: ChunkStore, rows: list[int], keep: bool = True):  # type: ignore[no-untyped-def]
        decoded.extend(rows)
        return real(self, rows, keep)

    def no_iteration(self: ChunkStore):  # type: ignore[no-untyped-def]
        raise AssertionError("something iterated over the whole chunk store")

    monkeypatch.setattr(ChunkStore, "_decode", counting)
    if forbid_iteration:
        monkeypatch.setattr(ChunkStore, "__iter__", no_iteration)
    return decoded
