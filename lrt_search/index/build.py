"""Building the index: read the corpus, chunk it, embed new or changed texts, write a generation.

Also decides whether an index is fresh (:func:`index_status`): the corpus files, the chunking,
the alias table and the embedder recorded in the manifest are compared with the settings.
"""

from __future__ import annotations

import datetime as dt
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from ..config import Settings
from ..errors import IndexStoreError, ReadError
from ..ingest.reading import corpus_files
from ..models import Meeting
from ..progress import Progress
from .analysis import DutchAnalyzer
from .backends import make_sparse
from .embedders import Embedder, settings_embedder
from .freshness import (  # noqa: F401  (re-exported: index.build was their home)
    _corpus_unchanged,
    _organisations_hash,
    corpus_stats,
    index_status,
    parser_fingerprint,
)
from .integrity import build_lock
from .sentence_rows import sentence_texts
from .store import (
    SCHEMA_VERSION,
    Manifest,
    file_sha256,
    load_index,
    text_key,
    write_index,
)


def make_analyzer(settings: Settings) -> DutchAnalyzer:
    """A (not yet fitted) analyzer with the settings' options."""
    return DutchAnalyzer(
        stem=settings.stem,
        remove_stopwords=settings.remove_stopwords,
        decompound=settings.decompound,
        spelling_variants=settings.spelling_variants,
        misspellings_read=settings.minutes_misspellings_read,
        min_part=settings.min_compound_part,
        stemmer=settings.stemmer,
    )


def corpus_fingerprint(settings: Settings) -> dict[str, str]:
    """``{file name: sha256}`` of the corpus files."""
    try:
        files = corpus_files(settings.corpus_dir)
    except ReadError:
        return {}
    return {p.name: file_sha256(p) for p in files}


def _sha256_or_empty(path: Path) -> str:
    try:
        return file_sha256(path)
    except OSError:
        return ""


def _changed_since(settings: Settings, hashes: dict[str, str]) -> list[str]:
    """The corpus files added, removed or changed since their bytes were hashed (the corpus
    is checked again after a build: an edit during it leaves the index stale, not silently
    fresh, because the manifest holds the hashes of what was parsed)."""
    try:
        now = {p.name: _sha256_or_empty(p) for p in corpus_files(settings.corpus_dir)}
    except ReadError:
        now = {}
    return sorted(name for name in set(now) | set(hashes) if now.get(name) != hashes.get(name))


def _previous_vectors(settings: Settings, embedder: Embedder) -> dict[str, np.ndarray]:
    """The vectors of the live index by text key (empty without a usable index). The index is
    closed afterwards, so its lease does not keep the old generation from being removed."""
    previous: dict[str, np.ndarray] = {}
    try:
        old = load_index(Path(settings.index_dir))
    except IndexStoreError:
        return previous
    try:
        if old.manifest.get("embedder") == embedder.name:
            old_vectors = old.vector_index.vectors()
            n_statements = 0
            for i, c in enumerate(old.chunks):
                previous[text_key(c.text)] = np.array(old_vectors[i])
                for s in c.statements:
                    previous[text_key(s.text)] = np.array(old.statement_vectors[n_statements])
                    n_statements += 1
            rows = old.sentence_rows()  # index/sentence_rows.py (None: built without them)
            if rows is not None:
                texts = sentence_texts(list(old.chunks))[0]
                pairs = zip(texts, rows[0], strict=True)
                previous.update((text_key(t), np.array(v)) for t, v in pairs)
    except IndexStoreError:
        previous = {}
    finally:
        old.close()
    return previous


def build_index(
    settings: Settings,
    embedder: Embedder | None = None,
    progress: bool | None = None,
    on_error: Callable[[ReadError], None] | None = None,
    reuse: bool = True,
) -> dict[str, Any]:
    """Read the corpus, chunk it, embed new or changed chunks and write a new index generation.

    Vectors of chunks whose text is unchanged are taken from the previous index (when it was
    built by the same embedder). Returns the manifest, with ``embedded`` / ``reused`` counts.
    One build at a time writes an index folder (a lock): a second one waits for the first.
    """
    embedder = embedder or settings_embedder(settings)
    with build_lock(Path(settings.index_dir)):
        return _build_index(settings, embedder, progress, on_error, reuse)


def _read_meetings(
    settings: Settings,
    files: list[Path],
    progress: bool | None,
    on_error: Callable[[ReadError], None] | None,
) -> tuple[list[Meeting], list[str], dict[str, str]]:
    """The meetings of the corpus files, the errors of those that could not be read, and the
    SHA-256 of every file's bytes as they were parsed."""
    # The whole reader: only a build needs it.
    from ..ingest.corpus import read_file

    meetings: list[Meeting] = []
    skipped: list[str] = []
    hashes: dict[str, str] = {}  # of the bytes parsed: never of a later version of the file
    for path in files:
        try:
            read = read_file(path, settings, lambda n, label: Progress(progress, n, label))
            hashes[path.name] = read.sha256
            meetings.extend(read.meetings)
            for warning in read.warnings:
                warnings.warn(warning, stacklevel=2)
        except ReadError as exc:
            hashes[path.name] = _sha256_or_empty(path)
            skipped.append(str(exc))
            if on_error:
                on_error(exc)
            else:
                warnings.warn(str(exc), stacklevel=2)
    return meetings, skipped, hashes


def _embed_new(
    texts: list[str],
    previous: dict[str, np.ndarray],
    embedder: Embedder,
    progress: bool | None,
) -> tuple[np.ndarray, list[int]]:
    """The vectors of ``texts``, taken from ``previous`` (by text) where the same embedder made
    them, else embedded; and the positions that were embedded."""
    all_vectors = np.zeros((len(texts), embedder.dim), dtype=np.float32)
    todo = []
    for i, text in enumerate(texts):
        cached = previous.get(text_key(text))
        if cached is not None and len(cached) == embedder.dim:
            all_vectors[i] = cached
        else:
            todo.append(i)
    if todo:
        with Progress(progress, len(todo), "embedding passages") as advance:
            embedded = embedder.embed_passages([texts[i] for i in todo], progress=advance)
        all_vectors[todo] = embedded
    return all_vectors, todo


def _build_index(
    settings: Settings,
    embedder: Embedder,
    progress: bool | None,
    on_error: Callable[[ReadError], None] | None,
    reuse: bool,
) -> dict[str, Any]:
    from ..ingest.corpus import warn_duplicate_dates

    files = corpus_files(settings.corpus_dir)
    stats_taken = time.time_ns()
    stats = corpus_stats(files)
    meetings, skipped, hashes = _read_meetings(settings, files, progress, on_error)
    if not meetings:
        raise ReadError(settings.corpus_dir, "no readable minutes in the corpus folder")
    meetings.sort(key=lambda m: (m.date, m.source.name))
    warn_duplicate_dates(meetings)
    chunks = [c for m in meetings for c in m.chunks]
    previous = _previous_vectors(settings, embedder) if reuse else {}
    # Chunks, statements (for answers) and sentence rows (setting sentence_rows) are embedded
    # together; unchanged texts are reused.
    texts = [c.text for c in chunks] + [s.text for c in chunks for s in c.statements]
    n_texts = len(texts)
    sentences, sentence_offsets = sentence_texts(chunks) if settings.sentence_rows else ([], None)
    all_vectors, todo = _embed_new(texts + sentences, previous, embedder, progress)
    vectors, statement_vectors = all_vectors[: len(chunks)], all_vectors[len(chunks) : n_texts]
    rows = None if sentence_offsets is None else (all_vectors[n_texts:], sentence_offsets)
    analyzer = make_analyzer(settings).fit(c.text for c in chunks)
    bm25 = make_sparse(settings.sparse_backend).build(
        [analyzer.tokenize(c.text) for c in chunks],
        settings.bm25_k1,
        settings.bm25_b,
    )
    manifest: Manifest = {
        "schema_version": SCHEMA_VERSION,
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "embedder": embedder.name,
        "dim": embedder.dim,
        "analyzer": analyzer.describe(),
        "bm25": {"k1": settings.bm25_k1, "b": settings.bm25_b},
        "chunk_max_words": settings.chunk_max_words,
        "organisations": _organisations_hash(settings),
        "parser": parser_fingerprint(),
        # Every corpus file, read or skipped: a skipped file does not make the index stale
        # until it changes.
        "files": hashes,
        "file_stats": stats,
        "stats_taken_ns": stats_taken,
        "meetings": [
            {"date": m.date.isoformat(), "source": m.source.name, "n_chunks": len(m.chunks)}
            for m in meetings
        ],
        "skipped": skipped,
    }
    write_index(
        Path(settings.index_dir),
        manifest=manifest,
        chunks=chunks,
        vectors=vectors,
        sparse=bm25,
        analyzer=analyzer,
        statement_vectors=statement_vectors,
        dense_backend=settings.dense_backend,
        organisations_file=settings.organisations_file,
        sentence_rows=rows,
    )
    changed = _changed_since(settings, hashes)
    if changed:
        warnings.warn(
            f"{settings.corpus_dir}: {', '.join(changed)} changed during the build; the index "
            "holds the earlier version and is stale (run 'lrt-search index' again)",
            stacklevel=2,
        )
    return {
        **manifest,
        "changed_during_build": changed,
        "n_chunks": len(chunks),
        "embedded": len(todo),
        "reused": n_texts + len(sentences) - len(todo),
    }
