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
import functools
import threading
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from .config import Settings
from .errors import IndexStoreError, ReadError
from .index.build import build_index, index_status
from .index.embedders import settings_embedder
from .index.freshness import index_state
from .index.leases import not_a_file
from .index.store import current_generation, load_index
from .search.retriever import Retriever

if TYPE_CHECKING:
    from .answer.answering import Answer
    from .answer.decisions import Decision, Register
    from .index.embedders import Embedder
    from .index.leases import Lease
    from .index.store import StoredIndex
    from .lexicon.dates import DateLike


_P = ParamSpec("_P")
_R = TypeVar("_R")


def _in_request(method: Callable[Concatenate[Any, _P], _R]) -> Callable[Concatenate[Any, _P], _R]:
    """``method`` run inside :meth:`Engine._request`, keeping its signature and docstring."""

    @functools.wraps(method)
    def in_request(self: Engine, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        with self._request():
            return method(self, *args, **kwargs)

    return in_request


class Engine(Retriever):
    """Search and answers over a minutes corpus and its index.

    Use :meth:`load` to get an engine over a corpus folder and an index folder (built or
    refreshed as needed), then :meth:`search` (from :class:`Retriever`) or :meth:`ask`.

    The engine holds a lease on the index generation it opened, so a rebuild (``lrt-search
    index``) never deletes files it reads; with ``follow=True`` it switches to the newest
    generation between requests (see :meth:`refresh`).
    """

    _lease: Lease | None = None
    _generation: Path | None = None
    follow: bool = False
    _depth: int = 0
    _switching = threading.Lock()  # per engine from from_stored; this one for bare engines

    @classmethod
    def load(
        cls,
        corpus: Path | str | None = None,
        index: Path | str | None = None,
        settings: Settings | None = None,
        build: bool = True,
        progress: bool | None = None,
        on_error: Callable[[ReadError], None] | None = None,
        follow: bool = False,
    ) -> Engine:
        """An engine over ``corpus`` with its index in ``index``.

        A missing or stale index (corpus files changed, chunking changed) is (re)built when
        ``build`` is true; only new or changed chunks are embedded again. An index built with
        another embedder than the settings name is an error (:class:`IndexStoreError`); rebuild
        it with :meth:`build_index` (``lrt-search index``). With ``follow`` the engine picks up
        every new generation a build writes, between requests (a long-lived engine).
        """
        # Explicit settings are taken as given; only the defaults take the LRT_* variables.
        settings = settings if settings is not None else Settings().with_env()
        if corpus is not None:
            settings = settings.replace(corpus_dir=Path(corpus))
        if index is not None:
            settings = settings.replace(index_dir=Path(index))
        embedder = None
        not_a_file(Path(settings.index_dir))
        state = index_state(settings)
        status = state.status
        if status == "corrupt" and build:
            warnings.warn(f"{state.reason}; rebuilding the index", stacklevel=2)
        if status in ("missing", "stale", "corrupt"):
            if not build:
                raise state.error()
            embedder = settings_embedder(settings)
            try:
                build_index(settings, embedder, progress=progress, on_error=on_error)
            except (IndexStoreError, OSError) as exc:
                if status != "stale":
                    raise
                # Disk full, a read-only folder: the previous index is intact, so search it.
                warnings.warn(f"{exc}; searching the previous index", stacklevel=2)
        elif status == "other-embedder":
            raise state.error()
        try:
            stored = load_index(settings.index_dir, verify_below=settings.index_verify_bytes)
        except IndexStoreError as exc:
            if not build:
                raise
            # A data file of the live generation is damaged: rebuild, keeping nothing from it.
            warnings.warn(f"{exc}; rebuilding the index", stacklevel=2)
            embedder = embedder or settings_embedder(settings)
            build_index(settings, embedder, progress=progress, on_error=on_error, reuse=False)
            stored = load_index(settings.index_dir, verify_below=settings.index_verify_bytes)
        engine = cls.from_stored(settings, stored, embedder)
        engine.follow = follow
        return engine

    @classmethod
    def from_stored(
        cls, settings: Settings, stored: StoredIndex, embedder: Embedder | None = None
    ) -> Engine:
        """An engine over an index already opened with :func:`~lrt_search.index.store.load_index`
        (no staleness check, no build); the embedder is loaded on first use when not given.
        The engine keeps the stored index's lease."""
        engine = cls(
            settings,
            stored.chunks,
            vectors=stored.vector_index,
            bm25=stored.bm25,
            analyzer=stored.analyzer,
            embedder=embedder,
            manifest=stored.manifest,
            statement_vectors=stored.statement_vectors,
            sentence_rows=stored.sentence_rows,
        )
        engine._lease, engine._generation = stored.lease, stored.path
        engine._switching = threading.Lock()
        return engine

    def refresh(self) -> bool:
        """Switch to the live generation of the index folder if a build replaced the one this
        engine reads (a generation that fails to open leaves the engine as it was); returns
        whether it switched. Called before each request when ``follow`` is on."""
        index_dir = Path(self.settings.index_dir)
        if self._generation is None or self._generation.parent != index_dir:
            return False
        with self._switching:
            live = current_generation(index_dir)
            if live is None or live == self._generation:
                return False
            stored = load_index(index_dir, verify_below=self.settings.index_verify_bytes)
            fresh = Engine.from_stored(self.settings, stored, self._embedder)
            fresh.follow, fresh._switching = self.follow, self._switching
            self.__dict__.clear()  # cached properties (decisions, masks) belong to the old one
            self.__dict__.update(fresh.__dict__)
            return True

    @contextmanager
    def _request(self) -> Iterator[None]:
        """One outer call (search, ask, decisions): refresh first when following; calls nested
        inside it (ask searches) stay on the same generation."""
        if self._depth == 0 and self.follow:
            self.refresh()
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1

    #: :meth:`Retriever.search` (same signature and documentation), on the generation that is
    #: current when the call starts.
    search = _in_request(Retriever.search)

    def with_settings(self, settings: Settings) -> Engine:
        """The same index searched with other retrieval settings (mode, fusion, analyzer)."""
        if settings.chunk_max_words != self.settings.chunk_max_words or (
            settings.embedder != self.settings.embedder
        ):
            raise IndexStoreError(
                settings.index_dir, "chunking or embedder differ; load a separate index for them"
            )
        engine = Engine(
            settings,
            self.chunks,
            vectors=self.vectors,
            bm25=self.bm25,
            analyzer=self.analyzer,
            embedder=self._embedder,
            manifest=self.manifest,
            statement_vectors=self.statement_vectors,
            sentence_rows=self.open_sentence_rows,
        )
        engine._lease, engine._generation = self._lease, self._generation
        engine._switching = self._switching
        return engine

    @cached_property
    def _decisions(self) -> list[Decision]:
        from .answer.stored_decisions import engine_decisions

        return engine_decisions(self.chunks, self.manifest, self.settings, self.orgs)

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

        with self._request():
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

        Spelling: when the question holds a word the minutes do not know that is no word of
        general Dutch or English (:func:`~lrt_search.answer.informativeness.misspelt`) and the
        answer abstains (or always, with the setting ``spelling_corrects_answers``: an answer
        that skipped the misspelt word answers another question), the question is asked again
        with the closest words of the minutes (:mod:`lrt_search.search.spelling`); the answer
        then says so in its notes (``spelling: spreidinswet -> spreidingswet``) and lists the
        ``suggestions``: those of the words as read (rule chat_abbreviations: no "besl" ->
        "best"), applied to the question as written.
        """
        from .answer.answering import answer_question as answer_of
        from .answer.comparison import with_sides
        from .answer.informativeness import misspelt

        def answer_question(engine: Engine, question: str, **kw: Any) -> Answer:
            answer = with_sides(answer_of(engine, question, **kw))  # rule comparison_both_sides
            return dataclasses.replace(answer, question=question)  # as written (abbreviations)

        from .search.abbreviations import read_abbreviations
        from .search.spelling import as_typed, suggest
        from .search.typed_spelling import read_spelling

        with self._request():
            orgs = org if org is None or isinstance(org, str) else list(org)
            answer = answer_question(self, question, k=k, org=orgs, since=since, until=until)
            read = read_abbreviations(self, question)[0] if answer.unread else ""  # as answered
            read = read_spelling(self, read)[0] if read else ""  # rule spelling_read_first
            suggestions = as_typed(suggest(self, read), question) if answer.unread else []
            if not suggestions:
                return answer
            listed = tuple(s.to_dict() for s in suggestions)
            typos = misspelt(question, suggestions, self.settings.spelling_keeps_part_start)
            correct = answer.abstained or self.settings.spelling_corrects_answers
            if correct and typos:
                retried = answer_question(
                    self, typos[-1].query, k=k, org=orgs, since=since, until=until
                )
                if not retried.abstained:
                    notes = tuple(f"spelling: {s.word} -> {s.suggestion}" for s in typos)
                    return dataclasses.replace(
                        retried, question=question, notes=notes + retried.notes, suggestions=listed
                    )
            return dataclasses.replace(answer, suggestions=listed)


__all__ = ["Engine", "build_index", "index_status"]
