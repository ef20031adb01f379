"""Retrieval: the question's terms and embedding against the sparse and dense indexes, fused.
>>> from lrt_search import Engine
>>> engine = Engine.load(corpus="corpus", index="index")            # doctest: +SKIP
>>> hits = engine.search("what did IPO say about indeplaatsstelling", k=5)   # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Container, Iterable, Mapping, Sequence
from dataclasses import replace
from functools import cached_property, partial
from typing import Any

import numpy as np

from ..config import Settings
from ..errors import IndexStoreError
from ..index.analysis import DutchAnalyzer
from ..index.base import DenseIndex, SparseIndex
from ..index.chunkstore import as_chunk_columns
from ..index.embedders import Embedder, settings_embedder
from ..index.npyfile import read_row_runs
from ..index.sentence_rows import Rows
from ..lexicon.dates import DateLike
from ..lexicon.glossary import Glossary
from ..lexicon.organisations import OrgTable
from ..lexicon.synonyms import Synonyms
from ..models import Chunk
from ..results import Hit
from .abbreviations import read_abbreviations
from .analyzer_options import fitted_to_settings
from .bridges import bridge_scores, noted
from .ceiling import query_share
from .evidence_view import evidence_view
from .expansion import expansion_added, expansion_ranking
from .filters import checked_dates, checked_search, org_codes, row_mask
from .fused import fused_hits
from .fusion import top_positive
from .group_speaker import group_codes, rows_writing, stems_of
from .guarantee import bm25_terms
from .limits import check_query
from .mixed_compounds import with_compound_terms
from .parsed import ParsedQuestion, read_question
from .query import QueryScope, SpeakerRules, glossary_terms, scope_of
from .rerank import make_reranker
from .sentence_dense import rescored_ranking


class Retriever:
    """Hybrid retrieval over the chunks of a minutes corpus: a sparse (BM25) and a dense
    (vector) index, each ranked, then fused, with filters applied before the top-k cut.

    It holds what a query needs and nothing of building: :class:`lrt_search.Engine` loads or
    builds the index and adds answering on top. The answerer needs only this interface
    (``search``, ``scope``, ``query_vector``, ``statement_vectors_of``, ``analyzer``,
    ``sparse``/``bm25``, ``orgs``, ``settings``).
    """

    def __init__(
        self,
        settings: Settings,
        chunks: Sequence[Chunk],
        *,
        vectors: DenseIndex,
        bm25: SparseIndex,
        analyzer: DutchAnalyzer,
        embedder: Embedder | None = None,
        manifest: Mapping[str, Any] | None = None,
        statement_vectors: np.ndarray | None = None,
        sentence_rows: Callable[[], Rows | None] | None = None,
    ) -> None:
        self.settings = settings
        #: The chunks, row by row: read from the index on demand (a sequence, not a list).
        self.chunks = as_chunk_columns(chunks)
        self.vectors = vectors
        self.analyzer = analyzer
        self.bm25 = bm25
        self.manifest: Mapping[str, Any] = manifest or {}
        self._embedder = embedder
        #: One row per statement, in chunk order; ``statement_offsets[i]`` is chunk i's first.
        self.statement_vectors = (
            statement_vectors
            if statement_vectors is not None
            else np.zeros((0, vectors.dim), dtype=np.float32)
        )
        self.statement_offsets = self.chunks.statement_offsets
        #: Opens the index's sentence rows (index/sentence_rows.py; setting sentence_rows).
        self.open_sentence_rows = sentence_rows or (lambda: None)
        self._query_cache: dict[str, np.ndarray] = {}
        self._lower_texts: list[str] | None = None  # rule group_speaker_subject
        self.stored_terms = (analyzer, bm25)  # as the index holds them (see :attr:`evidence`)
        fitted = fitted_to_settings(settings, analyzer, bm25, self.manifest, self.chunks)
        self.analyzer, self.bm25 = fitted  # search/analyzer_options.py

    @cached_property
    def orgs(self) -> OrgTable:
        """The organisation alias table (read on first use: a plain search needs none)."""
        s = self.settings
        return OrgTable.default(
            s.organisations_file, s.org_full_names, s.org_groups, s.org_longest_title,
            s.org_english_forms, s.org_coordinated_heads, s.org_dutch_forms,
        )  # fmt: skip

    @cached_property
    def glossary(self) -> Glossary:
        """The bilingual glossary (read on first use)."""
        s = self.settings
        return Glossary.default(
            s.glossary_file, s.glossary_minutes, s.glossary_matches_read, s.gloss_sense_context
        )

    @property
    def evidence(self) -> Retriever:
        """The retriever ``ask`` matches words with (rule ``evidence_stemmer``,
        search/evidence_view.py): this one, or the index with ``evidence_stemmer``'s terms
        (kept; never a reference to itself, which would hold its index lease in a cycle)."""
        view = self.__dict__.get("_evidence_view") or evidence_view(self, Retriever)
        if view is not self:
            self.__dict__["_evidence_view"] = view
        return view

    # ----------------------------------------------------------------------------- loading

    @property
    def synonyms(self) -> Synonyms | None:
        """The Dutch synonym groups (``None`` when ``expand_synonyms`` is off)."""
        s = self.settings
        return Synonyms.default(s.stemmer, s.plain_words) if s.expand_synonyms else None

    @property
    def embedder(self) -> Embedder:
        """The query embedder (loaded on first use); must be the one that built the index."""
        if self._embedder is None:
            self._embedder = settings_embedder(self.settings)
        built_with = self.manifest.get("embedder")
        if built_with and built_with != self._embedder.name:
            raise IndexStoreError(
                self.settings.index_dir,
                f"index was built with embedder {built_with!r}, not {self._embedder.name!r}; "
                "rebuild it with 'lrt-search index'",
            )
        return self._embedder

    # ------------------------------------------------------------------------------ search

    @property
    def _known_terms(self) -> Container[str]:
        return self.bm25.terms

    def statement_vectors_of(self, chunk: Chunk) -> np.ndarray:
        """The vectors of ``chunk``'s statements, one row per statement."""
        row = self.chunks.row_of(chunk.chunk_id)
        start, end = self.statement_offsets[row], self.statement_offsets[row + 1]
        if len(self.statement_vectors) < end:
            return np.zeros((end - start, self.vectors.dim), dtype=np.float32)
        return read_row_runs(self.statement_vectors, np.array([start]), np.array([end - start]))

    def filter_mask(
        self,
        org: str | Sequence[str] | None,
        since: dt.date | None,
        until: dt.date | None,
        meeting: dt.date | None,
        also: np.ndarray | None = None,
        held: Mapping[str, Collection[int]] | None = None,
    ) -> np.ndarray | None:
        """A boolean row mask for the filters (None when no filter is set; rows ``also`` pass
        the speaker filter; a code of ``held`` speaks only in the meetings it lists); an unknown
        organisation is a :class:`QueryError` naming the known ones (search/filters.py)."""
        codes = org_codes(self.orgs, org) if org else None
        return row_mask(self.chunks, (since, until, meeting), codes, also, held)

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
        headers: bool = True,
        also: np.ndarray | None = None,
        held: Mapping[str, Collection[int]] | None = None,
    ) -> list[Hit]:
        """The ``k`` best passages for ``query``, filtered before the top-k cut.

        ``org`` keeps chunks where that organisation (or one under it) speaks; ``since`` /
        ``until`` / ``meeting`` restrict meeting dates; ``mode`` is hybrid, bm25 or dense.
        English queries get the glossary's Dutch terms on the BM25 side when
        ``settings.expand_glossary`` is on; a caller that already has them passes
        ``extra_terms`` (the extra BM25 terms, possibly none) instead. Rows ``also`` pass the
        ``org`` filter too (rule group_speaker_subject); a code of ``held`` passes it only in
        the meetings (ordinals) it lists (rule office_holders_per_meeting).

        Lexical guarantee (``settings.lexical_guarantee``, hybrid mode): every chunk that
        matches a query term ranks above every chunk that matches none; header chunks and
        chunks without statements come only as lexical matches, never as dense padding; bm25
        mode returns matches only. ``headers=False`` leaves header chunks out entirely.
        """
        check_query(query, self.settings.max_query_chars)
        k, mode = checked_search(self.settings, k, mode)
        dates = checked_dates(since, until, meeting)
        mask = self.filter_mask(org, *dates, also if org else None, held if org else None)
        if not headers:
            mask = (mask if mask is not None else True) & ~self._is_header
        allowed = np.flatnonzero(mask) if mask is not None else None
        depth = max(self.settings.candidates, k)
        rankings: dict[str, list[tuple[int, float]]] = {}
        if extra_terms is not None:
            extra = list(extra_terms)
        elif self.settings.expand_glossary and mode != "dense":
            extra = list(glossary_terms(query, self.glossary, synonyms=self.synonyms))
        else:
            extra = []
        if mode in ("hybrid", "bm25"):
            rankings["bm25"] = self._bm25_ranking(query, extra, depth, mask)
            rankings.update(expansion_ranking(self, query, depth, mask))  # search/expansion.py
        if mode in ("hybrid", "dense"):
            rankings["dense"] = self._dense_ranking(query, depth, allowed)
        hits = self._fuse(rankings, k, mode, query)
        return self._reranker.rerank(query, hits) if self._reranker else hits

    @cached_property
    def sentence_rows(self) -> Rows | None:
        """The sentence rows the dense ranking reads (None when ``sentence_rows`` is off);
        opened on first use, an error when the index was built without them."""
        if not self.settings.sentence_rows:
            return None
        rows = self.open_sentence_rows()
        if rows is None:
            raise IndexStoreError(
                self.settings.index_dir, "built without sentence rows; rebuild it with "
                "'lrt-search index' (setting sentence_rows is on)",
            )  # fmt: skip
        return rows

    @cached_property
    def _reranker(self) -> Any:
        return make_reranker(self.settings.reranker)

    @cached_property
    def _is_header(self) -> np.ndarray:
        # From the chunk store's kind column: no chunk is decoded for it.
        header = np.zeros(len(self.chunks), dtype=bool)
        header[self.chunks.rows_of_kind("header")] = True
        return header

    @cached_property
    def _paddable(self) -> np.ndarray:
        """Chunks that may come from dense similarity alone: agenda items with statements."""
        offsets = np.asarray(self.statement_offsets)
        return ~self._is_header & (offsets[1:] > offsets[:-1])

    def _bm25_ranking(
        self, query: str, extra: list[str], depth: int, mask: np.ndarray | None
    ) -> list[tuple[int, float]]:
        terms = bm25_terms(self, query, extra)  # without light verbs (search/guarantee.py)
        # search/bridges.py and search/expansion.py add low-weight dictionary matches.
        scores = self.bm25.scores(terms) + bridge_scores(self, query) + expansion_added(self, query)
        if self.settings.bm25_normalisation == "query":
            scores = query_share(self.bm25, terms, scores)  # search/ceiling.py
        return top_positive(scores, depth, mask)

    def clear_query_cache(self) -> None:
        """Forget the cached query embeddings (for timing cold queries)."""
        self._query_cache.clear()

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
        query_vec = self.query_vector(query)
        return rescored_ranking(self, query_vec, depth, allowed)  # search/sentence_dense.py

    def _fuse(
        self,
        rankings: dict[str, list[tuple[int, float]]],
        k: int,
        mode: str,
        query: str = "",
    ) -> list[Hit]:
        return fused_hits(self, rankings, k, mode, query)  # search/fused.py

    def scope(self, question: str, parsed: ParsedQuestion | None = None) -> QueryScope:
        """What :meth:`ask` understands of ``question`` (read once: ``parsed``)."""
        parsed = parsed or read_question(
            question, self.orgs, self.glossary, rules=SpeakerRules.of(self.settings)
        )
        scope = scope_of(parsed, self.glossary, self.synonyms)
        return noted(self, with_compound_terms(self, scope, question), question)  # mixed_compounds

    def _group_rows(self, parsed: ParsedQuestion) -> np.ndarray | None:
        """Rule ``group_speaker_subject`` (search/group_speaker.py): the rows that write the
        group a group noun speaker names, which pass the speaker filter too."""
        codes = group_codes(parsed) if self.settings.group_speaker_subject else ()
        if not codes:
            return None
        stored = self.chunks.rows_holding(stems_of(codes))  # index/stem_rows.py
        if stored is not None:
            return stored
        if self._lower_texts is None:  # chunks never written, or an index without the stem
            self._lower_texts = [c.text.lower() for c in self.chunks]
        return rows_writing(self._lower_texts, codes)

    def search_question(
        self,
        question: str,
        k: int | None = None,
        org: str | Sequence[str] | None = None,
        since: DateLike = None,
        until: DateLike = None,
        scope: QueryScope | None = None,
        parsed: ParsedQuestion | None = None,
    ) -> tuple[QueryScope, list[Hit]]:
        """Search a question with its understood speaker and period as filters (explicit ``org``/
        ``since``/``until`` override them): the one place a scope becomes filters. Pass
        ``scope``/``parsed`` if known.

        Rule ``speaker_fallback`` (the setting of that name): when the understood speaker, not
        an explicit ``org``, speaks in no passage found, the search runs again over every
        speaker, and the scope returned names the speaker dropped (``speaker_dropped``). A
        question not yet read (no ``parsed``) is read as ``ask`` reads it first (rule
        chat_abbreviations, its readings in the scope's ``notes``)."""
        understood = self.settings.understand_query
        question, read = (question, []) if parsed else read_abbreviations(self, question)
        parsed = parsed or read_question(
            question, self.orgs, self.glossary, rules=SpeakerRules.of(self.settings)
        )
        scope = scope or (self.scope(question, parsed) if understood else QueryScope())
        if read:
            scope = replace(scope, notes=(*read, *scope.notes))
        orgs = [org] if isinstance(org, str) else list(org or scope.orgs)
        extra = scope.glossary_terms if self.settings.expand_glossary else ()
        run = partial(
            self.search,
            question,
            k=k,
            since=since if since is not None else scope.since,
            until=until if until is not None else scope.until,
            extra_terms=extra if understood else None,  # else search finds them itself
            headers=parsed.header,
        )
        held = None if org else dict(parsed.speaker_meetings)  # rule office_holders_per_meeting
        hits = run(org=orgs or None, held=held)
        if not hits and orgs and not org and self.settings.speaker_fallback:
            scope = replace(scope, speaker_dropped=tuple(orgs))
            hits = run()
        elif hits and orgs and not org and (also := self._group_rows(parsed)) is not None:
            hits = run(org=orgs, also=also, held=held)  # rule group_speaker_subject
        return scope, hits
