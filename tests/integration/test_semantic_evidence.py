"""Semantic evidence (lrt_search.answer.semantic_evidence): a statement's e5 cosine to a
question as a z-score over the question's own floor, on the bundled corpus.

The questions here are written for these tests (not in eval/)."""

from __future__ import annotations

import numpy as np

from lrt_search.answer.semantic_evidence import floor, pool_statements, quote_standout
from lrt_search.service import Engine


def _statement(engine: Engine, words: str) -> tuple[str, str]:
    for chunk in engine.chunks:
        for statement in chunk.statements:
            if words in statement.text:
                return chunk.chunk_id, statement.text
    raise AssertionError(words)


def test_the_pool_of_a_small_corpus_is_every_statement(engine: Engine) -> None:
    vector = engine.query_vector("Wie let op de opvang van Oekraïners?")
    pooled = pool_statements(engine, vector)
    assert pooled is not None
    rows, lengths, sims = pooled
    offsets = engine.statement_offsets
    assert sum(lengths) == offsets[-1] == len(sims)
    expected = np.concatenate(
        [np.asarray(engine.statement_vectors[offsets[r] : offsets[r + 1]]) @ vector for r in rows]
    )
    assert np.allclose(sims, expected, atol=1e-5)


def test_a_paraphrased_statement_stands_out_over_the_floor(engine: Engine) -> None:
    question = "Aan welk experiment werkt de VNG met het UWV en het COA?"
    chunk_id, pilot = _statement(engine, "pilot met UWV en COA")
    attendance_id, attendance = _statement(engine, "kan niet aanwezig zijn")
    assert (floor(engine, question) or (0.0, 0.0))[1] > 0.0
    high = quote_standout(engine, question, chunk_id, pilot)
    low = quote_standout(engine, question, attendance_id, attendance)
    assert high > 2.0 > low, (high, low)


def test_a_quote_of_no_statement_has_no_evidence(engine: Engine) -> None:
    chunk_id, _ = _statement(engine, "pilot met UWV en COA")
    question = "Aan welk experiment werkt de VNG?"
    assert quote_standout(engine, question, chunk_id, "Vergaderdatum 19 maart") == 0.0
    assert quote_standout(engine, question, "no-such-chunk#1", "De VNG") == 0.0
