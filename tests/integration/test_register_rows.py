"""Rules ``record_holds_topic`` and ``record_holds_claim`` (answer/records.py) ask whether any
record of the question's period holds the topic's terms. They read every chunk of the period
(at 100k chunks with no period: every chunk, on each such question); since session 24 task G3
they read only the chunks whose BM25 postings hold the terms (``BM25Index.rows_of``). The read
is exact because a statement's terms with its item heading's are among its chunk's postings
(checked here on the corpus), and the rows read are those the postings give for the units."""

from __future__ import annotations

import datetime as dt
import random
from types import SimpleNamespace

import numpy as np

from lrt_search.answer.records import _period_chunks
from lrt_search.index.backends.bm25 import BM25Index
from lrt_search.service import Engine


def test_rows_of_is_the_posting_list_even_of_a_term_of_idf_0() -> None:
    bm25 = BM25Index.build([["a", "b"], ["a", "c"], ["d"], ["e", "b"]])
    assert bm25.rows_of("a").tolist() == [0, 1]  # idf 0: weight 0, still held
    assert bm25.rows_of("b").tolist() == [0, 3]
    assert bm25.rows_of("geen-term").tolist() == []


def test_a_statements_terms_are_among_its_chunks_postings(engine: Engine) -> None:
    tokenize, checked = engine.analyzer.tokenize, 0
    for row, chunk in enumerate(engine.chunks):
        heading = chunk.text.split("\n- ", 1)[0]
        for s in chunk.statements:
            for term in set(tokenize(f"{heading} {s.text}")):
                assert row in engine.bm25.rows_of(term), (row, term)
                checked += 1
    assert checked > 1000


def _frame(engine: Engine, since: dt.date | None, until: dt.date | None) -> SimpleNamespace:
    return SimpleNamespace(retriever=engine, since=since, until=until)


def test_the_chunks_read_are_those_whose_terms_hold_the_units(engine: Engine) -> None:
    vocabulary = sorted(engine.bm25.terms)
    docs = [set(engine.analyzer.tokenize(c.text)) for c in engine.chunks]
    days = sorted({c.meeting_date for c in engine.chunks})
    rnd = random.Random(24)
    for _ in range(200):
        units = [
            (frozenset(rnd.sample(vocabulary, rnd.randint(1, 3))), rnd.random() < 0.5)
            for _ in range(rnd.randint(1, 3))
        ]
        since = rnd.choice([None, *days])
        until = rnd.choice([None, *days])
        want = [
            row
            for row, doc in enumerate(docs)
            if all((u <= doc) if every else (u & doc) for u, every in units)
            and not (since and engine.chunks[row].meeting_date < since)
            and not (until and engine.chunks[row].meeting_date > until)
        ]
        got = [
            engine.chunks.row_of(c.chunk_id)
            for c in _period_chunks(_frame(engine, since, until), units)
        ]
        assert got == want, units
    assert np.all(np.diff([engine.chunks.row_of(c.chunk_id) for c in engine.chunks]) == 1)
