"""Issue 21's measured switches for everyday-word questions: the lexical guarantee limited to
weighty matches (search/guarantee.py)."""

from __future__ import annotations

from lrt_search.index.analysis import words
from lrt_search.search.guarantee import guaranteed_rows
from lrt_search.service import Engine

QUESTION = "Komen de plaatsen die wel meewerken zwaarder belast te zitten?"


def test_share_zero_protects_every_match(engine: Engine) -> None:
    rows = [0, 1, 2]
    assert guaranteed_rows(engine.bm25, ["plaats", "meewerk"], rows, 0.0) == set(rows)
    assert guaranteed_rows(engine.bm25, ["nietbestaandwoord"], rows, 0.9) == set(rows)


def test_share_keeps_only_chunks_holding_enough_of_the_query(engine: Engine) -> None:
    terms = ["plaats", "meewerk"]
    held = {
        row: {t for t in terms if engine.bm25.scores([t])[row] > 0}
        for row in range(len(engine.chunks))
    }
    matched = [row for row, ts in held.items() if ts]
    both = {row for row, ts in held.items() if ts == set(terms)}
    assert matched and len(both) < len(matched)  # some chunks hold one word only
    assert guaranteed_rows(engine.bm25, terms, matched, 1.0) == both
    assert guaranteed_rows(engine.bm25, terms, matched, 0.3) == set(matched)


def test_one_word_search_keeps_every_chunk_holding_it(engine: Engine) -> None:
    on = engine.with_settings(engine.settings.replace(guarantee_share=0.7))
    wanted = {c.chunk_id for c in engine.chunks if "kritiek" in words(c.text)}
    assert {h.chunk_id for h in on.search("kritiek", k=len(wanted))} == wanted


def test_a_weak_match_is_no_longer_raised(engine: Engine) -> None:
    # Convex scores lie in [0, 1]; the guarantee adds 1 to a protected chunk's score.
    on = engine.with_settings(engine.settings.replace(guarantee_share=1.0))
    default = {h.chunk_id: h.score for h in engine.search(QUESTION, k=20) if h.bm25_rank}
    strict = {h.chunk_id: h.score for h in on.search(QUESTION, k=20) if h.bm25_rank}
    assert default and all(score >= 1.0 for score in default.values())
    assert any(score < 1.0 for score in strict.values())
