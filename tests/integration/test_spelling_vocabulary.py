"""Spelling suggestions read the vocabulary stored with the index (``spellings`` in
``facts.sqlite``, written at build time), never every chunk of the engine."""

from __future__ import annotations

import sqlite3

import pytest
from chunk_counting import count_decodes

from lrt_search.index.chunkstore import ChunkStore
from lrt_search.index.facts import CorpusFacts, spelling_counts
from lrt_search.interfaces.searching import run_search
from lrt_search.search.spelling import suggest
from lrt_search.service import Engine


def test_the_stored_vocabulary_is_the_chunks_words(built) -> None:
    engine = Engine.load(settings=built.settings, build=False, progress=False)
    assert isinstance(engine.chunks, ChunkStore)
    stored = engine.chunks.facts.spellings(0, 10**6)
    assert stored is not None and dict(stored) == spelling_counts(list(built.engine.chunks))
    assert dict(stored)["spreidingswet"] >= 2 and "coördinatiecentrum" in dict(stored)


def test_suggestions_never_read_every_chunk(built, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = Engine.load(settings=built.settings, build=False, progress=False)
    decoded = count_decodes(monkeypatch)
    found = suggest(engine, "spreidinswet huisvestnig")
    assert [s.suggestion for s in found] == ["spreidingswet", "huisvesting"]
    assert found[-1].query == "spreidingswet huisvesting"
    payload = run_search(engine, "spreidinswet", k=3).payload
    assert payload["suggestions"][0]["suggestion"] == "spreidingswet"
    assert len(set(decoded)) < len(engine.chunks)


def test_an_index_without_the_stored_vocabulary_says_so() -> None:
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    conn.execute("CREATE TABLE words (word TEXT PRIMARY KEY)")
    assert CorpusFacts(conn=conn).spellings(3, 9) is None  # the caller reads the chunks
