"""The chunk store: SQLite rows decoded on demand, filter columns, term tables."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest

from lrt_search.index.chunk_writing import write_chunks
from lrt_search.index.chunkstore import ChunkStore, MemoryChunks
from lrt_search.index.lookup import TermTable, write_terms
from lrt_search.ingest.corpus import load_corpus

CORPUS = Path(__file__).resolve().parents[3] / "corpus"


@pytest.fixture(scope="module")
def chunks():
    return [c for m in load_corpus(CORPUS) for c in m.chunks]


@pytest.fixture(scope="module")
def store(chunks, tmp_path_factory: pytest.TempPathFactory) -> ChunkStore:
    folder = tmp_path_factory.mktemp("chunks")
    write_chunks(folder, chunks)
    return ChunkStore(folder, len(chunks))


def test_round_trip_is_lossless(store: ChunkStore, chunks) -> None:
    assert len(store) == len(chunks)
    assert list(store) == chunks  # every field, statements and spans included
    assert store == chunks and store == MemoryChunks(chunks)
    assert store[5] == chunks[5] and store[-1] == chunks[-1]
    assert store[3:7] == chunks[3:7]
    assert store.fetch([9, 2, 9]) == [chunks[9], chunks[2], chunks[9]]
    with pytest.raises(IndexError):
        store[len(chunks)]


def test_only_requested_rows_are_decoded(chunks, tmp_path: Path) -> None:
    write_chunks(tmp_path, chunks)
    fresh = ChunkStore(tmp_path, len(chunks))
    assert not fresh._cache
    fresh[4]
    assert set(fresh._cache) == {4}


def test_filter_columns_agree_with_memory(store: ChunkStore, chunks) -> None:
    memory = MemoryChunks(chunks)
    assert np.array_equal(store.dates, memory.dates)
    assert np.array_equal(store.statement_offsets, memory.statement_offsets)
    codes = sorted({code for c in chunks for code in c.speakers})
    assert len(codes) > 5
    for code in codes:
        assert np.array_equal(store.rows_spoken_by([code]), memory.rows_spoken_by([code]))
    both = store.rows_spoken_by(codes[:2])
    assert list(both) == sorted(
        set(memory.rows_spoken_by([codes[0]])) | set(memory.rows_spoken_by([codes[1]]))
    )
    for kind in ("header", "item"):
        expected = [i for i, c in enumerate(chunks) if c.kind == kind]
        assert list(store.rows_of_kind(kind)) == list(memory.rows_of_kind(kind)) == expected
    for row in (0, 17, len(chunks) - 1):
        assert store.row_of(chunks[row].chunk_id) == memory.row_of(chunks[row].chunk_id) == row
    with pytest.raises(KeyError):
        store.row_of("no-such-chunk")


def test_store_is_read_only(store: ChunkStore) -> None:
    with pytest.raises(sqlite3.OperationalError):
        store._conn.execute("DELETE FROM chunks")


def test_term_table_is_a_mapping(tmp_path: Path) -> None:
    path = tmp_path / "terms.sqlite"
    items = {"opvang": 0, "woning": 1, "ter": 2, "apel": 3}
    write_terms(path, items.items())
    table = TermTable(path)
    assert dict(table) == items and table == items
    assert "opvang" in table and "opvan" not in table and 3 not in table
    assert table["apel"] == 3 and table.get("nope") is None and len(table) == 4
    with pytest.raises(KeyError):
        table["nope"]


def test_term_table_of_a_file_that_is_not_one(tmp_path: Path) -> None:
    path = tmp_path / "terms.sqlite"
    path.write_bytes(b"not a database at all" * 100)
    with pytest.raises(sqlite3.DatabaseError):
        TermTable(path)


def test_many_threads_read_one_store(
    chunks, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A server keeps one engine for all requests: concurrent reads (with a cache small enough
    to evict all the time) return the right chunks."""
    from concurrent.futures import ThreadPoolExecutor

    import lrt_search.index.chunkstore as module

    monkeypatch.setattr(module, "_CACHE_SIZE", 8)
    write_chunks(tmp_path, chunks)
    shared = ChunkStore(tmp_path, len(chunks))

    def read(seed: int) -> bool:
        rows = [(seed * 7 + i * 5) % len(chunks) for i in range(40)]
        return all(shared[r] == chunks[r] for r in rows) and shared.fetch(rows[:3]) == [
            chunks[r] for r in rows[:3]
        ]

    with ThreadPoolExecutor(max_workers=8) as pool:
        assert all(pool.map(read, range(64)))


def test_speaker_rows_are_read_per_code_and_old_indexes_still_filter(chunks, tmp_path) -> None:
    write_chunks(tmp_path, chunks)
    memory = MemoryChunks(chunks)
    codes = sorted({code for c in chunks for code in c.speakers})
    queries = [[code] for code in codes] + [codes[:3], codes, []]
    store = ChunkStore(tmp_path, len(chunks))
    assert store._speaker_rows
    for wanted in queries:
        assert np.array_equal(store.rows_spoken_by(wanted), memory.rows_spoken_by(wanted))
    conn = sqlite3.connect(tmp_path / "chunks.sqlite")
    conn.execute("DROP TABLE speaker_rows")
    conn.commit()
    conn.close()
    old = ChunkStore(tmp_path, len(chunks))
    assert not old._speaker_rows
    for wanted in queries:
        assert np.array_equal(old.rows_spoken_by(wanted), memory.rows_spoken_by(wanted))
