"""The engine: one facade over loading (or building) the index, retrieval and answers.

>>> from lrt_search import Engine
>>> engine = Engine.load(corpus="corpus", index="index")            # builds if needed
>>> hits = engine.search("what did IPO say about indeplaatsstelling", k=5)
>>> hits[0].citation                                                 # doctest: +SKIP
'LRT 2023-11-03 · item 2-4 · lines 161-172'
>>> engine.ask("Wat zei het IPO over indeplaatsstelling?")           # doctest: +SKIP
"""

from __future__ import annotations

import dataclasses
import warnings
from collections.abc import Callable, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from .config import Settings
from .errors import IndexStoreError, ReadError
from .index.build import build_index, index_status
from .index.embedders import make_embedder
from .index.store import load_index
from .search.retriever import Retriever

if TYPE_CHECKING:
    from .answer.answering import Answer
    from .answer.decisions import Decision, Register
    from .index.embedders import Embedder
    from .index.store import StoredIndex
    from .lexicon.dates import DateLike


class Engine(Retriever):
    """Search and answers over a minutes corpus and its index.

    Use :meth:`load` to get an engine over a corpus folder and an index folder (built or
    refreshed as needed), then :meth:`search` (from :class:`Retriever`) or :meth:`ask`.
    """

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
            stored = load_index(settings.index_dir, verify_below=settings.index_verify_bytes)
        except IndexStoreError as exc:
            if not build:
                raise
            # A data file of the live generation is damaged: rebuild, keeping nothing from it.
            warnings.warn(f"{exc}; rebuilding the index", stacklevel=2)
            embedder = embedder or make_embedder(
                settings.embedder, settings.allow_download, settings.embed_batch_size
            )
            build_index(settings, embedder, progress=progress, on_error=on_error, reuse=False)
            stored = load_index(settings.index_dir, verify_below=settings.index_verify_bytes)
        return cls.from_stored(settings, stored, embedder)

    @classmethod
    def from_stored(
        cls, settings: Settings, stored: StoredIndex, embedder: Embedder | None = None
    ) -> Engine:
        """An engine over an index already opened with :func:`~lrt_search.index.store.load_index`
        (no staleness check, no build); the embedder is loaded on first use when not given."""
        return cls(
            settings,
            stored.chunks,
            vectors=stored.vector_index,
            bm25=stored.bm25,
            analyzer=stored.analyzer,
            embedder=embedder,
            manifest=stored.manifest,
            statement_vectors=stored.statement_vectors,
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
            vectors=self.vectors,
            bm25=self.bm25,
            analyzer=self.analyzer,
            embedder=self._embedder,
            manifest=self.manifest,
            statement_vectors=self.statement_vectors,
        )

    @cached_property
    def _decisions(self) -> list[Decision]:
        from .answer.decisions import all_decisions

        return all_decisions(self.chunks, self.orgs)

    def decisions(
        self,
        kind: str | Sequence[str] | None = None,
        org: str | Sequence[str] | None = None,
        since: DateLike = None,
        until: DateLike = None,
        meeting: DateLike = None,
    ) -> Register:
        """The decisions and actions register (see :mod:`lrt_search.answer.decisions`): every
        ``afspraak``, ``besluit`` and ``actie`` with the organisations that must act, filtered
        by kind, organisation, period or meeting, with counts per meeting and organisation."""
        from .answer.decisions import select

        return select(self._decisions, self.orgs, kind, org, since, until, meeting)

    def ask(
        self,
        question: str,
        k: int | None = None,
        org: str | Sequence[str] | None = None,
        since: DateLike = None,
        until: DateLike = None,
    ) -> Answer:
        """Answer ``question`` with verbatim, cited quotes (see
        :mod:`lrt_search.answer.answering`): ``k`` passages to quote from, only statements of
        ``org``, meetings from ``since`` up to ``until`` (a date or a period: "april 2023").

        Spelling: when the question holds a word the minutes do not know and the answer
        abstains, the question is asked again with the closest words of the minutes
        (:mod:`lrt_search.search.spelling`); the answer then says so in its notes
        (``spelling: spreidinswet -> spreidingswet``) and lists the ``suggestions``.
        """
        from .answer.answering import answer_question
        from .search.spelling import suggest

        orgs = org if org is None or isinstance(org, str) else list(org)
        answer = answer_question(self, question, k=k, org=orgs, since=since, until=until)
        suggestions = suggest(self, question) if answer.unread else []
        if not suggestions:
            return answer
        listed = tuple(s.to_dict() for s in suggestions)
        if answer.abstained:
            retried = answer_question(
                self, suggestions[-1].query, k=k, org=orgs, since=since, until=until
            )
            if not retried.abstained:
                notes = tuple(f"spelling: {s.word} -> {s.suggestion}" for s in suggestions)
                return dataclasses.replace(
                    retried, question=question, notes=notes + retried.notes, suggestions=listed
                )
        return dataclasses.replace(answer, suggestions=listed)


__all__ = ["Engine", "build_index", "index_status"]
