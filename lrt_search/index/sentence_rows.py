"""Sentence rows (setting ``sentence_rows``, issue 21): each sentence of a statement of two or
more sentences embedded on its own, a dense field beside the statement rows.

A statement is a paragraph of 20-100 words; a question in everyday words often matches one of
its sentences, whose vector is diluted in the statement's. The dense ranking scores a chunk by
the best of its statement rows *and* its sentence rows (search/sentence_dense.py); ``ask``
reads the statement rows only. The rows are written with the index when the setting is on
(the manifest records ``sentence_rows``: how many), verified like every file of a generation,
and opened on first use (memory-mapped).

Files: ``sentence_vectors.npy`` (one row per sentence, chunk order) and
``sentence_offsets.npy`` (``offsets[i]`` is chunk i's first row, ``offsets[-1]`` the count).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from ..errors import IndexStoreError
from ..models import Chunk

VECTORS = "sentence_vectors.npy"
OFFSETS = "sentence_offsets.npy"
FILES = (VECTORS, OFFSETS)

#: The sentence rows of an index: (vectors, per-chunk offsets).
Rows = tuple[np.ndarray, np.ndarray]


def sentence_texts(chunks: Sequence[Chunk]) -> tuple[list[str], np.ndarray]:
    """The texts of the sentence rows of ``chunks`` and the per-chunk offsets: each sentence
    of a statement of two or more sentences (a one-sentence statement is its own row)."""
    from ..ingest.speakers import split_sentences  # its patterns: only when rows are built

    texts: list[str] = []
    offsets = [0]
    for chunk in chunks:
        for statement in chunk.statements:
            sentences = split_sentences(statement.text)
            if len(sentences) > 1:
                texts.extend(s.strip() for s in sentences)
        offsets.append(len(texts))
    return texts, np.asarray(offsets, dtype=np.int64)


def save_rows(folder: Path, rows: Rows) -> None:
    """Write the sentence rows into a generation being built."""
    vectors, offsets = rows
    np.save(folder / VECTORS, np.ascontiguousarray(vectors, dtype=np.float32))
    np.save(folder / OFFSETS, np.ascontiguousarray(offsets, dtype=np.int64))


def load_rows(generation: Path, n_chunks: int) -> Rows:
    """The sentence rows of a generation (vectors memory-mapped); :class:`IndexStoreError`
    when a file is missing, unreadable or disagrees with the chunk count."""
    path = generation / VECTORS
    try:
        vectors = np.load(path, allow_pickle=False, mmap_mode="r")
        path = generation / OFFSETS
        offsets = np.asarray(np.load(path, allow_pickle=False), dtype=np.int64)
    except FileNotFoundError:
        raise IndexStoreError(path, "missing; the index is incomplete (rebuild it)") from None
    except Exception as exc:
        raise IndexStoreError(path, f"corrupt index file ({type(exc).__name__}: {exc})") from None
    if len(offsets) != n_chunks + 1 or int(offsets[-1]) != len(vectors):
        raise IndexStoreError(
            generation, "sentence rows disagree with the chunks; rebuild the index"
        )
    return vectors, offsets
